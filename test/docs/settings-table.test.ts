import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { configSchema } from '../../src/config';

const SETTINGS_DOC = 'docs/settings.md';
const HEADER = '| name | default | what it is |';

/** A row of the settings table: the names in its first cell and the defaults in its second, in order. */
interface Row {
  line: string;
  names: string[];
  defaults: string[];
}

/**
 * Reads the settings table. A row may document several settings at once (`A` / `B` or `A`, `B`); its
 * default cell then lists one default per name, in the same order and with the same separator; `–` is "none".
 */
function settingsTable(markdown: string): Row[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(HEADER);
  assert.ok(start >= 0, `${SETTINGS_DOC} has a table headed "${HEADER}"`);
  const rows: Row[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [nameCell = '', defaultCell = ''] = line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, ''));
    rows.push({
      line,
      names: [...nameCell.matchAll(/`([^`]+)`/g)].map((match) => match[1] as string),
      defaults: [...defaultCell.matchAll(/`([^`]*)`|–/g)].map((match) => match[1] ?? '–'),
    });
  }
  return rows;
}

describe(`the settings table in ${SETTINGS_DOC}`, () => {
  const rows = settingsTable(readFileSync(join(__dirname, '..', '..', SETTINGS_DOC), 'utf8'));
  const documented = rows.flatMap((row) => row.names);
  const declared = Object.keys(configSchema.shape);

  it('lists every setting src/config.ts declares, and no other', () => {
    assert.ok(documented.length > 20, `settings found in the table: ${documented.length}`);
    assert.deepEqual(
      {
        'declared in src/config.ts but not in the table': declared.filter((name) => !documented.includes(name)),
        'in the table but not declared in src/config.ts': documented.filter((name) => !declared.includes(name)),
      },
      { 'declared in src/config.ts but not in the table': [], 'in the table but not declared in src/config.ts': [] },
    );
  });

  it('lists each setting once', () => {
    assert.deepEqual(
      documented.filter((name, index) => documented.indexOf(name) !== index),
      [],
    );
  });

  it('gives each setting the default src/config.ts gives it', () => {
    const defaults = configSchema.parse({}) as Record<string, unknown>;
    const wrong: string[] = [];
    for (const row of rows) {
      assert.equal(row.defaults.length, row.names.length, `one default per name in: ${row.line}`);
      row.names.forEach((name, index) => {
        if (!(name in defaults)) return; // reported by the first test
        const expected = defaults[name] === undefined ? '–' : String(defaults[name]);
        if (row.defaults[index] !== expected)
          wrong.push(`${name}: the table says ${row.defaults[index]}, src/config.ts ${expected}`);
      });
    }
    assert.deepEqual(wrong, []);
  });
});
