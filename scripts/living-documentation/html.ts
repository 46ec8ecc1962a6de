/** HTML that is already safe to insert (built by `html`, never from a raw value). */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** What a template may insert: values are escaped, Html is inserted as it is, arrays are joined. */
export type Part = Html | string | number | boolean | null | undefined | Part[];

/** Escapes the characters that matter in HTML text and in quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

function insert(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.text;
  if (Array.isArray(part)) return part.map(insert).join('');
  return escapeHtml(String(part));
}

/** A template tag that escapes every inserted value: html`<td>${name}</td>`. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  return new Html(
    strings.reduce((out, text, index) => out + text + (index < parts.length ? insert(parts[index] as Part) : ''), ''),
  );
}

/** An id for an anchor from any text: letters, digits and dashes. */
export function anchor(...parts: Array<string | number>): string {
  return parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
