import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, findTool, inCi, notRunNotice } from './required-tool';

/**
 * Debian's Chromium, driven by playwright-core (which downloads no browser of its own). Where it is
 * missing, browser checks do not pass silently: on a developer's machine they are reported as not run in
 * one line that says how to install it; in CI (CI set) they run and fail.
 */
export const CHROMIUM_PATH = CHROMIUM.command;
export const CHROMIUM_MISSING = notRunNotice(CHROMIUM);

/** Headless, with everything that would reach the network on its own switched off. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumInstalled(path = CHROMIUM_PATH): boolean {
  return findTool(path) !== undefined;
}

/**
 * The `node:test` options of a browser suite: skipped with the one line where Chromium is missing on a
 * developer's machine; run (and failing in `launchChromium`) where it is missing in CI.
 */
export function browserSuiteOptions(
  env: NodeJS.ProcessEnv = process.env,
  installed = chromiumInstalled(),
): { skip?: string } {
  return installed || inCi(env) ? {} : { skip: CHROMIUM_MISSING };
}

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A headless Chromium with a fresh user-data-dir, removed on close. */
export async function launchChromium(
  options: { width?: number; height?: number; executablePath?: string } = {},
): Promise<Chromium> {
  const executablePath = options.executablePath ?? CHROMIUM_PATH;
  if (!chromiumInstalled(executablePath))
    throw new Error(
      `Failed to start the browser checks: chromium is missing at ${executablePath} (apt-get install chromium).`,
    );
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: FLAGS,
      viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    });
    return {
      context,
      close: async () => {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
