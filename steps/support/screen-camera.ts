import { AfterAll } from '@cucumber/cucumber';
import { CHROMIUM_MISSING, chromiumInstalled } from '../../test/support/chromium';
import { openCamera, type Camera } from '../../test/support/screenshot';

/**
 * Pictures of the mocks' `/ui` screens for the living documentation: one Chromium per worker, started on
 * the first picture and closed after the last scenario. Where Chromium is missing there are no pictures,
 * and the run says so once.
 */
let camera: Promise<Camera> | undefined;
let missingSaid = false;

export async function takeScreenshot(url: string): Promise<Buffer | undefined> {
  if (!chromiumInstalled()) {
    if (!missingSaid) console.warn(`${CHROMIUM_MISSING} The living documentation has no pictures of the screens.`);
    missingSaid = true;
    return undefined;
  }
  camera ??= openCamera();
  return (await camera).shoot(url);
}

AfterAll(async function () {
  const open = camera;
  camera = undefined;
  if (open) await (await open).close();
});
