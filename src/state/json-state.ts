import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import type { RecordState, StateTarget } from './store';

/**
 * The sync state as versions before the database kept it: one JSON file per connector in STATE_DIR, rewritten
 * whole (write a temporary file, then rename). Read once, to be migrated into the database.
 */
const recordSchema = z.object({
  status: z.enum(['processed', 'failed', 'filtered', 'aborted']),
  attempts: z.number().int().min(0),
  lastError: z.string().optional(),
  reason: z.string().optional(),
  updatedAt: z.string(),
  companyId: z.number().int().optional(),
  fingerprint: z.string().optional(),
});

const stateSchema = z.object({
  version: z.literal(1),
  target: z.string(),
  watermark: z.string().optional(),
  records: z.record(z.string(), recordSchema),
});

export type JsonState = z.infer<typeof stateSchema>;

export type JsonStateFile =
  | { kind: 'absent' }
  | { kind: 'unreadable'; problem: string }
  | { kind: 'found'; state: JsonState; records: Array<[string, RecordState]> };

export function jsonStateFile(dir: string, connectorFileName: string): string {
  return join(dir, `${connectorFileName}.json`);
}

export function readJsonState(file: string): JsonStateFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'absent' };
    return { kind: 'unreadable', problem: (error as Error).message };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'unreadable', problem: `it is not valid JSON (${(error as Error).message})` };
  }
  const parsed = stateSchema.safeParse(json);
  if (!parsed.success) return { kind: 'unreadable', problem: 'it is not a sync state of this program' };
  return { kind: 'found', state: parsed.data, records: Object.entries(parsed.data.records) };
}

/** How the JSON file named its target. */
export function jsonTarget(target: StateTarget): string {
  return `${target.acumaticaUrl} tenant ${target.acumaticaTenant} → ${target.b2bUrl}`;
}

/** Removes the temporary files that saves of the JSON file left when the process died mid-save; returns how many. */
export function removeLeftoverTemporaryFiles(file: string): number {
  const prefix = `${basename(file)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return 0;
  }
  const leftovers = names.filter((name) => name.startsWith(prefix) && /^\d+\.tmp$/.test(name.slice(prefix.length)));
  for (const name of leftovers) rmSync(join(dirname(file), name), { force: true });
  return leftovers.length;
}
