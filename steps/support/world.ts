import { setWorldConstructor, World, type IWorldOptions } from '@cucumber/cucumber';
import { parseConfig, type Config, type ConfigInput } from '../../src';
import { AcumaticaView } from './acumatica-view';
import { B2BView } from './b2b-view';
import { ConnectorUnderTest } from './connector-under-test';
import { Aliases, isLive } from './live';
import { LogsScreen } from './logs-screen';
import { MockControl } from './mock-control';
import type { Scratch } from './scratch';

export interface WorldParameters {
  /** Run against the endpoints in the environment instead of in-process mocks. */
  live?: boolean | string;
  /** Attach pictures of the mocks' screens to the evidence (`npm run docs`). */
  screenshots?: boolean;
}

/**
 * The state of one scenario: the two systems as a tester sees them, the names the scenario's records have
 * there, and the connector under test with the syncs it ran. Steps keep anything else in a `Scratch` of theirs.
 */
export class SyncWorld extends World<WorldParameters> {
  readonly live: boolean;
  readonly aliases: Aliases;
  /** Tags of the running scenario (its feature's included). */
  tags: string[] = [];
  /** The settings of the two systems (the scenario's own settings are the connector's). */
  config!: Config;
  acumatica!: AcumaticaView;
  b2b!: B2BView;
  logs!: LogsScreen;
  readonly connector = new ConnectorUnderTest((text, fileName) =>
    this.attach(text, { mediaType: 'text/plain', fileName }),
  );
  private control: MockControl | undefined;
  private readonly scratchpad = new Map<Scratch<unknown>, unknown>();

  constructor(options: IWorldOptions<WorldParameters>) {
    super(options);
    this.live = isLive(this.parameters);
    this.aliases = new Aliases(this.live);
  }

  /** Points the scenario at the two systems: the in-process mocks, or the environment's endpoints when live. */
  connect(urls?: { acumatica: string; b2b: string }): void {
    const systems: ConfigInput = {
      ...(this.live ? pickEnv() : {}),
      ...(urls ? { ACUMATICA_URL: urls.acumatica, B2B_URL: urls.b2b } : {}),
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
      HTTP_TIMEOUT_MS: process.env.HTTP_TIMEOUT_MS ?? 5000,
    };
    this.config = parseConfig(systems);
    this.acumatica = new AcumaticaView(this.config.ACUMATICA_URL, {
      name: this.config.ACUMATICA_USERNAME,
      password: this.config.ACUMATICA_PASSWORD,
      tenant: this.config.ACUMATICA_TENANT,
    });
    this.b2b = new B2BView(this.config.B2B_URL, this.config.B2B_TOKEN);
    this.logs = new LogsScreen(this.acumatica);
    this.connector.connect(systems, this.logs);
  }

  /** The mocks' control API; only for scenarios tagged @mock-control, which the live profile leaves out. */
  get mockControl(): MockControl {
    if (!this.tags.includes('@mock-control')) {
      throw new Error(
        "This step uses the mocks' control API: tag its scenario or feature @mock-control, so that live runs leave it out.",
      );
    }
    this.control ??= new MockControl({ acumatica: this.config.ACUMATICA_URL, b2b: this.config.B2B_URL });
    return this.control;
  }

  /** This scenario's scratch state of one group of steps, made on first use. */
  scratch<T>(kind: Scratch<T>): T {
    if (!this.scratchpad.has(kind)) this.scratchpad.set(kind, kind.init());
    return this.scratchpad.get(kind) as T;
  }
}

function pickEnv(): ConfigInput {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key, value]) => /^(ACUMATICA_|B2B_|CONNECTOR_ID$|HTTP_)/.test(key) && value),
  );
}

setWorldConstructor(SyncWorld);
