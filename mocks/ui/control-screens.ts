import { z } from 'zod';
import type { ActiveFault, FaultInjector } from '../control/faults';
import type { Journal, JournalEntry } from '../control/journal';
import { html, pageOf, pager, screenUrl, table, withQuery, type Column } from './html';
import { queryPage, queryText, readQuery, type ScreenHandler } from './screens-router';

/**
 * The two harness screens both mocks show, in the spirit of WireMock's admin pages: the request journal
 * (what the mock received and answered, newest first, filtered by method, path and status) and the faults
 * switched on through `POST /__mock/faults`. They read the same objects as `GET /__mock/journal` and
 * `GET /__mock/faults`.
 */
const PAGE_SIZE = 100;
const BODY_LIMIT = 1500;
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

const journalQuery = z.strictObject({
  method: z
    .enum(['', ...METHODS], { message: `one of ${METHODS.join(', ')}` })
    .optional()
    .transform((method) => method || undefined),
  path: queryText(),
  status: z
    .string()
    .regex(/^(\d{3})?$/, 'an HTTP status such as 503')
    .optional()
    .transform((status) => (status ? Number(status) : undefined)),
  page: queryPage,
});

export function journalScreen(journal: Journal, section: string): ScreenHandler {
  return (req) => {
    const query = readQuery(req, journalQuery);
    const kept = journal.list({ method: query.method, path: query.path || undefined });
    const matching = kept.filter((entry) => query.status === undefined || entry.status === query.status).reverse();
    const shown = pageOf(matching, query.page ?? 1, PAGE_SIZE);
    const counts = journal.counts();
    const keptAll = journal.list().length;
    const number = (n: number) => n.toLocaleString('en-US');
    const filters = { method: query.method, path: query.path, status: query.status };
    const form = html`<form class="filters" method="get" action="${screenUrl('journal')}">
      <label
        >Method<select name="method">
          <option value="">All</option>
          ${METHODS.map((method) => html`<option${method === query.method ? html` selected` : ''}>${method}</option>`)}
        </select></label
      >
      <label
        >Path (* matches any characters)<input
          class="wide"
          name="path"
          value="${query.path ?? ''}"
          placeholder="/api/v1/company*"
      /></label>
      <label>Status<input name="status" value="${query.status ?? ''}" placeholder="503" inputmode="numeric" /></label>
      <button type="submit">Apply</button> <a class="button" href="${screenUrl('journal')}">Clear</a>
    </form>`;
    return {
      title: 'Request Journal',
      section,
      body: html`${form}
        <p class="muted">
          ${number(counts.requests)} requests since the last reset, ${number(counts.writes)} of them
          writes${keptAll < counts.requests ? `; the journal keeps the latest ${number(keptAll)}` : ''}. Newest first;
          the same data as <code>GET /__mock/journal</code>.
        </p>
        ${table('Request journal', JOURNAL_COLUMNS, shown.rows, 'No request matches.')}
        ${pager(shown, (page) => withQuery(screenUrl('journal'), { ...filters, page }))}`,
    };
  };
}

const JOURNAL_COLUMNS: Column<JournalEntry>[] = [
  { label: 'Time (UTC)', cell: (entry) => entry.time.replace('T', ' ').replace('Z', ''), className: 'narrow' },
  { label: 'Method', cell: (entry) => entry.method, className: 'narrow' },
  { label: 'Path', cell: (entry) => `${entry.path}${query(entry.query)}`, className: 'wrap' },
  { label: 'Status', cell: (entry) => (entry.status === 0 ? 'no answer' : entry.status), className: 'number' },
  { label: 'Time taken', cell: (entry) => `${entry.durationMs} ms`, className: 'number' },
  { label: 'Body', cell: (entry) => json(entry.body) },
  { label: 'Notes', cell: (entry) => json(entry.notes) },
];

function query(values: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(values))
    for (const one of Array.isArray(value) ? value : [value]) search.append(name, String(one));
  const text = search.toString();
  return text ? `?${decodeURIComponent(text.replace(/\+/g, ' '))}` : '';
}

function json(value: unknown) {
  if (value === undefined) return '';
  const text = JSON.stringify(value);
  const cut =
    text.length > BODY_LIMIT ? `${text.slice(0, BODY_LIMIT)}\n… ${text.length - BODY_LIMIT} more characters` : text;
  return html`<pre>${cut}</pre>`;
}

export function faultsScreen(faults: FaultInjector, section: string): ScreenHandler {
  return (req) => {
    readQuery(req, z.strictObject({}));
    const active = faults.list();
    return {
      title: 'Active Faults',
      section,
      body: html`<p class="muted">
          Faults are switched on with <code>POST /__mock/faults</code> (for example
          <code>{"path": "/api/v1/company*", "status": 503, "times": 2}</code>) and off with
          <code>DELETE /__mock/faults</code> or a reset. The first rule that matches a request applies.
        </p>
        ${table('Active faults', FAULT_COLUMNS, active, 'No fault is active: every request gets the real answer.')}`,
    };
  };
}

const FAULT_COLUMNS: Column<ActiveFault>[] = [
  { label: 'ID', cell: (fault) => fault.id, className: 'number' },
  { label: 'Method', cell: (fault) => fault.method ?? 'any', className: 'narrow' },
  { label: 'Path', cell: (fault) => fault.path },
  { label: 'Answer', cell: answer },
  {
    label: 'Applies',
    cell: (fault) =>
      `${fault.times === undefined ? 'always' : `next ${fault.times}`}${fault.probability === undefined ? '' : `, with probability ${fault.probability}`}`,
  },
  {
    label: 'Hits',
    cell: (fault) => (fault.times === undefined ? fault.hits : `${fault.hits} of ${fault.times}`),
    className: 'number',
  },
  { label: 'Headers', cell: (fault) => json(fault.headers) },
  { label: 'Body', cell: (fault) => json(fault.body) },
];

function answer(fault: ActiveFault): string {
  const wait = fault.latencyMs ? `${fault.latencyMs} ms` : '';
  if (fault.drop) return `${wait ? `after ${wait}, ` : ''}the connection is closed without an answer`;
  if (fault.status !== undefined) return `${wait ? `after ${wait}, ` : ''}HTTP ${fault.status}`;
  return `the real answer, ${wait} late`;
}
