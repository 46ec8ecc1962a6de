import { takeScreenshot } from './screen-camera';
import type { System } from './screen-checks';
import type { SyncWorld } from './world';

/**
 * Evidence: what a screen showed when a step read it, attached to that step under a name of its own
 * (`logs-screen-sync-1.json`, `company-C000000012.json`), so that the living documentation shows the Logs
 * rows, the company, the Site Association or the request journal beside the step that checked them.
 * Each evidence is the screen as tables and fields (JSON, `application/json`); where a PNG of the mock's
 * own screen can be taken, it is attached beside it (`….png`).
 */

/** A grid of a screen: its columns and its rows, as the screen shows the values. */
export interface EvidenceTable {
  heading: string;
  columns: string[];
  rows: string[][];
}

/** Fields of a form: label and value. */
export interface EvidenceFields {
  heading: string;
  fields: Array<[label: string, value: string]>;
}

export type EvidenceSection = EvidenceTable | EvidenceFields;

/** What a screen showed: which system and screen, and its tabs or grids. */
export interface Evidence {
  system: System;
  /** The screen as the documents name it: "Logs", "Company Detail", "Customers: Kensium Commerce tab". */
  screen: string;
  /** What this is of the screen: "the rows sync 1 wrote", "company of customer C000000012". */
  subject: string;
  sections: EvidenceSection[];
  /** The same screen among the mock's read-only screens (`/ui/…`), for its picture. */
  uiPath?: string;
}

/** The media type of evidence attachments; the living documentation draws them as the screen's tables. */
export const EVIDENCE_MEDIA_TYPE = 'application/json';

/** Attaches what a screen showed, named `<name>.json`, and a picture of the mock's screen, `<name>.png`, when one can be taken. */
export async function attachEvidence(world: SyncWorld, name: string, evidence: Evidence): Promise<void> {
  const fileName = safeName(name);
  await world.attach(JSON.stringify(evidence, null, 2), {
    mediaType: EVIDENCE_MEDIA_TYPE,
    fileName: `${fileName}.json`,
  });
  if (!evidence.uiPath || !picturesWanted(world)) return;
  const base = evidence.system === 'Acumatica' ? world.config.ACUMATICA_URL : world.config.B2B_URL;
  const png = await screenshotOf(`${base}${evidence.uiPath}`);
  if (png) await world.attach(png, { mediaType: 'image/png', fileName: `${fileName}.png` });
}

/**
 * Pictures are taken for the living documentation only (`npm run docs` sets the world parameter
 * `screenshots`), of the scenarios that show a documented step, against the mocks (live systems have no
 * `/ui`): a picture costs a page load in Chromium, and `npm test` needs none.
 */
function picturesWanted(world: SyncWorld): boolean {
  return (
    !world.live &&
    world.parameters.screenshots === true &&
    world.tags.some((tag) => /^@(customer|contact)-step-\d+$/.test(tag))
  );
}

// ─── SEAM: screenshots ──────────────────────────────────────────────────────────────────────────────────────
// A PNG of a mock's screen at `url` (its base URL and a `/ui/…` path), or undefined where none can be taken.
// It is the one place where pictures come from: today the Chromium camera of test/support/screenshot.ts
// (screen-camera.ts), which answers undefined where Chromium is missing.
export async function screenshotOf(url: string): Promise<Buffer | undefined> {
  return takeScreenshot(url);
}
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────

/** A table section from rows of values, each shown as a screen shows it. */
export function table(heading: string, columns: string[], rows: unknown[][]): EvidenceTable {
  return { heading, columns, rows: rows.map((row) => row.map(shown)) };
}

/** A fields section from label → value pairs. */
export function fields(heading: string, pairs: Array<[string, unknown]>): EvidenceFields {
  return { heading, fields: pairs.map(([label, value]) => [label, shown(value)]) };
}

function shown(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A file name from a subject: letters, digits, dots and dashes. */
function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '') || 'evidence';
}
