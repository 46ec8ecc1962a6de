/** Where the control API is served on both mocks. */
export const CONTROL_PATH = '/__mock';
/** Where the read-only screens are served on both mocks. */
export const UI_PATH = '/ui';

/**
 * A request to the harness itself (the control API, the screens), not to the emulated API: it is neither
 * journalled nor given a fault, so looking at the journal in a browser does not change what it shows.
 */
export function isHarnessPath(path: string): boolean {
  return path.startsWith(CONTROL_PATH) || path === UI_PATH || path.startsWith(`${UI_PATH}/`);
}
