/**
 * The HTML helpers every mock screen is built with. Markup is written with the `html` tag, which escapes
 * every value put into it unless the value is itself markup made by `html`: a record named `<script>` shows
 * as text, never as an element. There is no other way to put text into a screen.
 */
import { UI_PATH } from '../control/harness-paths';

export { UI_PATH };

/** Markup made by `html`: safe to put into another template as it is. */
export class Html {
  constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }
}

/** What a template accepts: markup, text and numbers (escaped), nothing (`false`, null, undefined), or lists of these. */
export type Part = Html | string | number | false | null | undefined | readonly Part[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for an element's content and for a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] as string);
}

function render(part: Part): string {
  if (part instanceof Html) return part.text;
  if (part === false || part === null || part === undefined) return '';
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

/** The template tag: `html\`<td>${name}</td>\`` escapes `name`. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let text = strings[0] ?? '';
  values.forEach((value, index) => {
    text += render(value) + (strings[index + 1] ?? '');
  });
  return new Html(text);
}

/** A whole page: the document around a product's frame. The stylesheet is the mock's own (`/ui/style.css`). */
export function documentPage(title: string, body: Html, bodyClass: string): string {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <link rel="stylesheet" href="${UI_PATH}/style.css" />
        <link rel="icon" href="data:," />
      </head>
      <body class="${bodyClass}">
        ${body}
      </body>
    </html> `.text;
}

/** A link into the screens: `screenUrl('companies', 801)` is `/ui/companies/801`; each segment is URL-encoded. */
export function screenUrl(...segments: Array<string | number>): string {
  return [UI_PATH, ...segments.map((segment) => encodeURIComponent(String(segment)))].join('/');
}

/** A URL with a query string; empty values are left out, so a cleared filter disappears from the address. */
export function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(name, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export interface Column<T> {
  label: string;
  cell: (row: T) => Part;
  /** A class for the column's cells (`narrow`, `wide`, `check`, `number`). */
  className?: string;
}

/** A grid: a header row of labels and one row per record; `empty` says what an empty grid means. */
export function table<T>(label: string, columns: readonly Column<T>[], rows: readonly T[], empty: string): Html {
  const cls = (column: Column<T>) => (column.className ? html` class="${column.className}"` : '');
  const head = columns.map((column) => html`<th scope="col" ${cls(column)}>${column.label}</th>`);
  const body =
    rows.length === 0
      ? html`<tr class="empty">
          <td colspan="${columns.length}">${empty}</td>
        </tr>`
      : rows.map(
          (row) =>
            html`<tr>
              ${columns.map((column) => html`<td${cls(column)}>${column.cell(row)}</td>`)}
            </tr>`,
        );
  return html`<table class="grid" aria-label="${label}">
    <thead>
      <tr>
        ${head}
      </tr>
    </thead>
    <tbody>
      ${body}
    </tbody>
  </table>`;
}

export interface Tab {
  label: string;
  /** Where the tab leads; a tab without one is shown greyed out (the mock does not emulate it). */
  href?: string;
  active?: boolean;
}

/** A row of tabs as links: each tab is its own page, so every tab can be opened, linked and screenshotted. */
export function tabs(items: readonly Tab[]): Html {
  const item = (tab: Tab) => {
    if (tab.active) return html`<a class="tab active" aria-current="page" href="${tab.href ?? ''}">${tab.label}</a>`;
    if (tab.href) return html`<a class="tab" href="${tab.href}">${tab.label}</a>`;
    return html`<span class="tab disabled" title="Not emulated by this mock">${tab.label}</span>`;
  };
  return html`<nav class="tabs" aria-label="Tabs">${items.map(item)}</nav>`;
}

/**
 * A read-only checkbox, as a form or grid shows a boolean field: drawn, not an `<input>` (a disabled input
 * is greyed out until checked and unchecked look alike), with the checkbox role and state for assistive
 * technology and for tests.
 */
export function checkbox(checked: boolean, label?: string): Html {
  const box = html`<span
    class="box${checked ? ' checked' : ''}"
    role="checkbox"
    aria-checked="${String(checked)}"
    aria-readonly="true"
    ${label ? html` aria-label="${label}"` : ''}
    >${checked ? '✓' : ''}</span
  >`;
  return label ? html`<span class="checkline">${box} ${label}</span>` : box;
}

/** A read-only form field: its label and its value (an empty value shows as an empty box). */
export function field(label: string, value: Part, options: { required?: boolean } = {}): Html {
  return html`<div class="field">
    <span class="label">${label}${options.required ? html`<span class="required"> *</span>` : ''}</span
    ><span class="value">${value}</span>
  </div>`;
}

/** One page of a list, and the numbers a pager shows. */
export interface PageOf<T> {
  rows: T[];
  page: number;
  pages: number;
  total: number;
  first: number;
  last: number;
}

export function pageOf<T>(all: readonly T[], page: number, size: number): PageOf<T> {
  const pages = Math.max(1, Math.ceil(all.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const rows = all.slice((current - 1) * size, current * size);
  const first = rows.length === 0 ? 0 : (current - 1) * size + 1;
  return { rows, page: current, pages, total: all.length, first, last: first + rows.length - Math.min(1, rows.length) };
}

/** "Rows 1–100 of 2,345" with links to the first, previous, next and last pages (`link(page)` keeps the filters). */
export function pager(of: PageOf<unknown>, link: (page: number) => string): Html {
  const go = (page: number, text: string, label: string) =>
    page === of.page || page < 1 || page > of.pages
      ? html`<span class="page disabled" aria-label="${label}">${text}</span>`
      : html`<a class="page" href="${link(page)}" aria-label="${label}">${text}</a>`;
  return html`<div class="pager">
    <span class="count"
      >Rows ${of.first.toLocaleString('en-US')}–${of.last.toLocaleString('en-US')} of
      ${of.total.toLocaleString('en-US')}</span
    >${go(1, '|<', 'First page')}${go(of.page - 1, '<', 'Previous page')}${go(of.page + 1, '>', 'Next page')}${go(of.pages, '>|', 'Last page')}
  </div>`;
}

/** A message box above a screen's content (an error in the filters, a feature the mock does not emulate). */
export function notice(kind: 'info' | 'warning' | 'error', text: Part): Html {
  return html`<div class="notice ${kind}" role="${kind === 'error' ? 'alert' : 'status'}">${text}</div>`;
}

/** The styles every screen shares: grids, tabs, fields, notices, pager. Each product adds its own frame. */
export const BASE_CSS = `
*{box-sizing:border-box}
body{margin:0;font:13px/1.45 "Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#222}
a{color:inherit}
table.grid{border-collapse:collapse;width:100%;background:#fff}
table.grid th,table.grid td{padding:6px 10px;text-align:left;vertical-align:top;border-bottom:1px solid #e3e6ea}
table.grid th{font-weight:600;white-space:nowrap}
table.grid td.check,table.grid th.check{width:56px;text-align:center}
table.grid td.number,table.grid th.number{text-align:right;white-space:nowrap}
table.grid td.narrow{white-space:nowrap}
.cut{max-width:190px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
table.grid td.wrap{overflow-wrap:anywhere;min-width:220px}
table.grid td.prose{min-width:180px}
table.grid tr.empty td{text-align:center;color:#777;padding:18px}
table.grid pre{margin:0;min-width:280px;max-width:460px;white-space:pre-wrap;word-break:break-all;font:11px/1.35 Consolas,Menlo,monospace;max-height:120px;overflow:auto}
.tabs{display:flex;flex-wrap:wrap;gap:0;border-bottom:1px solid #d9dde3}
.tab{display:inline-block;padding:9px 14px;text-decoration:none;border-bottom:3px solid transparent;white-space:nowrap}
.tab.disabled{color:#9aa2ad;cursor:default}
.field{display:grid;grid-template-columns:200px minmax(0,420px);align-items:center;gap:10px;margin:6px 0}
.field .label{color:#444}
.field .value{display:block;min-height:28px;padding:4px 8px;border:1px solid #cfd5dc;border-radius:3px;background:#f7f8fa;overflow-wrap:anywhere}
.required{color:#c0392b}
.checkline{display:inline-flex;align-items:center;gap:7px}
.box{display:inline-grid;place-items:center;width:15px;height:15px;border:1px solid #8d99a6;border-radius:3px;background:#fff;color:#fff;font-size:11px;font-weight:700;line-height:1;vertical-align:middle}
.box.checked{background:var(--accent,#2f6fd6);border-color:var(--accent,#2f6fd6)}
.notice{margin:10px 0;padding:9px 12px;border-radius:3px;border:1px solid}
.notice.info{background:#eef5fc;border-color:#bcd6ee;color:#1d4f7a}
.notice.warning{background:#fff7e6;border-color:#f0d18a;color:#7a5200}
.notice.error{background:#fdecea;border-color:#f1b3ad;color:#8a1f11}
.pager{display:flex;align-items:center;justify-content:flex-end;gap:4px;padding:8px 4px;color:#555}
.pager .count{margin-right:10px}
.pager .page{display:inline-block;min-width:28px;padding:2px 6px;text-align:center;border:1px solid #cfd5dc;border-radius:3px;text-decoration:none;background:#fff}
.pager .page.disabled{color:#b5bcc5}
.filters{display:flex;flex-wrap:wrap;align-items:flex-end;gap:10px 18px;padding:10px 0}
.filters label{display:flex;flex-direction:column;gap:3px;color:#444}
.filters input,.filters select{font:inherit;padding:4px 6px;border:1px solid #cfd5dc;border-radius:3px;min-width:150px;background:#fff}
.filters input.wide{min-width:360px}
button,.button{font:inherit;padding:5px 14px;border-radius:3px;border:1px solid #9aa7b5;background:#fff;cursor:pointer;text-decoration:none;display:inline-block}
button[disabled],.button.disabled{color:#9aa2ad;border-color:#d5dae0;cursor:default}
.muted{color:#777}
code{font:12px Consolas,Menlo,monospace;background:#f1f3f5;padding:1px 4px;border-radius:3px}
`;
