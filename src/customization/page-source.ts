import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * The pageSource of a Page item: the page's .aspx as the item was made against, raw-deflated and in base64.
 * For a page the package ships, it is that page's file byte for byte (docs/customization-evidence.md).
 */
export function encodePageSource(page: Buffer): string {
  return deflateRawSync(page, { level: 9 }).toString('base64');
}

/** The page a pageSource holds, or undefined when it is not raw-deflated base64. */
export function decodePageSource(pageSource: string): Buffer | undefined {
  try {
    return inflateRawSync(Buffer.from(pageSource, 'base64'));
  } catch {
    return undefined;
  }
}
