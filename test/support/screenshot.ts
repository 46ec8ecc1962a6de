import { writeFileSync } from 'node:fs';
import { launchChromium, type Chromium } from './chromium';

/**
 * PNG screenshots of the mocks' screens (`/ui/…`), for the report's evidence and for looking at the screens
 * without a browser. One Chromium serves many shots: `openCamera()`, then `shoot(url)` as often as needed,
 * then `close()`. From the command line: `npx ts-node --transpile-only test/support/screenshot.ts URL FILE.png …`.
 */
export interface Camera {
  /** The whole page at `url` (not only the viewport) as PNG bytes; written to `path` too when given. */
  shoot(url: string, path?: string): Promise<Buffer>;
  close(): Promise<void>;
}

export async function openCamera(options: { width?: number; height?: number } = {}): Promise<Camera> {
  const browser: Chromium = await launchChromium(options);
  return {
    async shoot(url, path) {
      const page = await browser.context.newPage();
      try {
        const response = await page.goto(url, { waitUntil: 'load' });
        if (!response?.ok())
          throw new Error(`Failed to take a screenshot of ${url}: it answered ${response?.status() ?? 'nothing'}.`);
        const png = await page.screenshot({ fullPage: true, type: 'png' });
        if (path) writeFileSync(path, png);
        return png;
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/** One screenshot with a browser of its own (about a second and a half to start). */
export async function screenshot(url: string, path?: string): Promise<Buffer> {
  const camera = await openCamera();
  try {
    return await camera.shoot(url, path);
  } finally {
    await camera.close();
  }
}

async function main(args: string[]): Promise<number> {
  if (args.length === 0 || args.length % 2 !== 0 || args.includes('--help')) {
    console.error('Usage: ts-node --transpile-only test/support/screenshot.ts URL FILE.png [URL FILE.png …]');
    return 2;
  }
  const camera = await openCamera();
  try {
    for (let i = 0; i < args.length; i += 2) {
      await camera.shoot(args[i] as string, args[i + 1]);
      console.log(`${args[i + 1]}  ${args[i]}`);
    }
  } finally {
    await camera.close();
  }
  return 0;
}

if (require.main === module)
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: Error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
