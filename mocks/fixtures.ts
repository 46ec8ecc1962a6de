import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { B2BFixture } from './b2b/fixture';

/** The fixture documents in fixtures/, read fresh on each call so that a test may change its copy. */
const FIXTURES = join(__dirname, '..', 'fixtures');

export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
}

export const acumaticaFixture = (): unknown => readFixture('acumatica.json');
export const b2bFixture = (): B2BFixture => readFixture('b2b.json') as B2BFixture;
