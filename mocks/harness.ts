import { AcumaticaMock } from './acumatica/app';
import { B2BMock } from './b2b/app';
import { UI_PATH } from './control/harness-paths';
import { acumaticaFixture, b2bFixture } from './fixtures';

export interface RunningMocks {
  acumatica: AcumaticaMock;
  b2b: B2BMock;
  stop(): Promise<void>;
}

/**
 * Both mocks, seeded from fixtures/, listening on the given ports (0: any free port). The Acumatica tenant
 * has the repository's customization published, unless `bare` asks for a tenant without it.
 */
export async function startMocks(
  ports: { acumatica?: number; b2b?: number } = {},
  host?: string,
  options: { bare?: boolean } = {},
): Promise<RunningMocks> {
  const acumatica = new AcumaticaMock({ fixture: acumaticaFixture(), bare: options.bare });
  const b2b = new B2BMock({ fixture: b2bFixture() });
  await acumatica.start(ports.acumatica ?? 0, host);
  try {
    await b2b.start(ports.b2b ?? 0, host);
  } catch (error) {
    await acumatica.stop();
    throw error;
  }
  return {
    acumatica,
    b2b,
    stop: async () => {
      await Promise.all([acumatica.stop(), b2b.stop()]);
    },
  };
}

/** Where the screens of running mocks are, as `npm run mocks` and `npm start -- --keep` print it. */
export function screensBanner(mocks: Pick<RunningMocks, 'acumatica' | 'b2b'>): string {
  return [
    'Screens (read-only, no sign-in; docs/screens.md lists them):',
    `  Acumatica:  ${mocks.acumatica.url}${UI_PATH}  Customers ${mocks.acumatica.url}${UI_PATH}/customers, Logs ${mocks.acumatica.url}${UI_PATH}/logs`,
    `  Better B2B: ${mocks.b2b.url}${UI_PATH}  Companies ${mocks.b2b.url}${UI_PATH}/companies, Roles & Permissions ${mocks.b2b.url}${UI_PATH}/roles`,
    `  On both: the request journal ${UI_PATH}/journal and the active faults ${UI_PATH}/faults`,
  ].join('\n');
}
