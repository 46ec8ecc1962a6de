/**
 * Reading a screen in an HTTP test, without a browser: the page's status, headers and markup, the text of
 * its grids and of its form fields. Our markup is regular (no nested tables, one grid per label), so plain
 * patterns read it once white space is collapsed; the browser tests read the same screens through Chromium.
 */
export interface Page {
  status: number;
  headers: Headers;
  html: string;
}

export async function getPage(url: string, init: RequestInit = {}): Promise<Page> {
  const response = await fetch(url, { redirect: 'manual', ...init });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const CHECKBOX = /<span[^>]*role="checkbox" aria-checked="(true|false)"[^>]*>[^<]*<\/span\s*>/g;

const squash = (html: string) => html.replace(/\s+/g, ' ');

/** The visible text of a piece of markup: a checkbox as ☑ or ☐, tags removed, entities decoded, white space collapsed. */
export function textOf(markup: string): string {
  return squash(markup)
    .replace(CHECKBOX, (_all, on: string) => ` ${on === 'true' ? '☑' : '☐'} `)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_all, name: string) => ENTITIES[name] as string)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The grid labelled `label`: its header labels, and each row's cells as text. */
export function grid(html: string, label: string): { columns: string[]; rows: string[][] } {
  const flat = squash(html);
  const start = flat.indexOf(`<table class="grid" aria-label="${label}">`);
  if (start < 0) throw new Error(`The page has no grid "${label}".`);
  const markup = flat.slice(start, flat.indexOf('</table>', start));
  const cells = (row: string, tag: 'th' | 'td') =>
    [...row.matchAll(new RegExp(`<${tag}\\b[^>]*>(.*?)</${tag}\\s*>`, 'g'))].map((match) => textOf(match[1] as string));
  const rows = [...markup.matchAll(/<tr\b([^>]*)>(.*?)<\/tr\s*>/g)];
  const [head, ...body] = rows;
  return {
    columns: head ? cells(head[2] as string, 'th') : [],
    rows: body.filter((row) => !/class="empty"/.test(row[1] as string)).map((row) => cells(row[2] as string, 'td')),
  };
}

/** A grid as records keyed by column label, which reads better in assertions. */
export function records(html: string, label: string): Array<Record<string, string>> {
  const { columns, rows } = grid(html, label);
  return rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i] ?? ''])));
}

/** The text of the read-only form field labelled `label` (a checkbox as ☑ or ☐). */
export function fieldValue(html: string, label: string): string {
  for (const match of squash(html).matchAll(/<div class="field">(.*?)<\/div>/g)) {
    const inner = match[1] as string;
    const at = inner.indexOf('<span class="value">');
    if (at >= 0 && textOf(inner.slice(0, at)).replace(/ \*$/, '') === label) return textOf(inner.slice(at));
  }
  throw new Error(`The page has no field "${label}".`);
}

/** Whether the checkbox labelled `label` (outside a grid) is checked. */
export function checkboxChecked(html: string, label: string): boolean {
  for (const match of squash(html).matchAll(/<span[^>]*role="checkbox" aria-checked="(true|false)"([^>]*)>/g))
    if ((match[2] as string).includes(`aria-label="${label}"`)) return match[1] === 'true';
  throw new Error(`The page has no checkbox "${label}".`);
}
