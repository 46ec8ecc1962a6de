import { z } from 'zod';
import { html, notice, pageOf, pager, screenUrl, table, withQuery, type Part } from '../../ui/html';
import { queryPage, queryText, readQuery, ScreenError, type ScreenHandler } from '../../ui/screens-router';
import type { StoredRecord } from '../entities/store';
import { acumaticaDateTime } from './layout';
import { text, type Tenant } from './tenant';

const PAGE_SIZE = 100;
const LEVELS = ['INFO', 'WARNING', 'ERROR'] as const;
/** The action types the documents' Logs screen shows; the filter also offers any other type a row has. */
const DOCUMENTED_ACTION_TYPES = ['Customer Sync', 'Customer Contact Sync', 'Customer Location Sync', 'Order Sync'];

const date = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'a date as YYYY-MM-DD')
  .refine((value) => value === '' || isRealDate(value), 'a date that exists')
  .optional();
const time = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?)?$/, 'a time as HH:MM or HH:MM:SS (24-hour)')
  .optional();

const logsQuery = z.strictObject({
  actionType: queryText(60),
  level: z.enum(['', ...LEVELS], { message: `one of ${LEVELS.join(', ')}` }).optional(),
  fromDate: date,
  fromTime: time,
  toDate: date,
  toTime: time,
  message: queryText(),
  page: queryPage,
});

type LogsQuery = z.output<typeof logsQuery>;

/**
 * The connector's Logs screen (step 3 of the customer procedure, step 5 of the contact procedure): the
 * rows the connector wrote into the ConnectorLog entity, newest first, with the documents' filters (Action
 * Type, Level, From Date/Time, To Date/Time, Message) as a GET form, so a filtered view is a URL. Times are
 * UTC; From and To include their bounds; Message matches a part of the message, ignoring case.
 */
export function logsScreen(tenant: Tenant): ScreenHandler {
  return (req) => {
    if (!tenant.kensiumPublished)
      throw new ScreenError(
        404,
        'There is no Logs screen: the Kensium Commerce customization is not published on this tenant (npm run cli -- customization publish).',
      );
    const query = readQuery(req, logsQuery);
    const [from, to] = bounds(query);
    const all = tenant.logRows();
    const needle = query.message?.toLowerCase() ?? '';
    const matching = all.filter((row) => {
      const created = text(row, 'CreatedDateTime');
      return (
        (!query.actionType || text(row, 'ActionType') === query.actionType) &&
        (!query.level || text(row, 'Level') === query.level) &&
        (from === undefined || created >= from) &&
        (to === undefined || created <= to) &&
        (!needle || text(row, 'Message').toLowerCase().includes(needle))
      );
    });
    const shown = pageOf(matching, query.page ?? 1, PAGE_SIZE);
    const { page: _page, ...filters } = query;
    const actionTypes = [
      ...new Set([
        ...DOCUMENTED_ACTION_TYPES,
        ...all.map((row) => text(row, 'ActionType')).filter(Boolean),
        ...(query.actionType ? [query.actionType] : []),
      ]),
    ];
    return {
      title: 'Logs',
      section: 'logs',
      body: html`${filterForm(query, actionTypes)}
      ${table('Logs', COLUMNS, shown.rows, 'No log row matches the filters.')}
      ${pager(shown, (n) => withQuery(screenUrl('logs'), { ...filters, page: n }))}`,
    };
  };
}

function filterForm(query: LogsQuery, actionTypes: string[]): Part {
  const option = (value: string, label: string, selected: string | undefined) =>
    html`<option value="${value}" ${value === (selected ?? '') ? html` selected` : ''}>${label}</option>`;
  return html`<form class="filters" method="get" action="${screenUrl('logs')}">
      <label
        >Action Type<select name="actionType">
          ${option('', 'All', query.actionType)}${actionTypes.map((type) => option(type, type, query.actionType))}
        </select></label
      >
      <label
        >Level<select name="level">
          ${option('', 'All', query.level)}${LEVELS.map((level) => option(level, level, query.level))}
        </select></label
      >
      <label>From Date<input type="date" name="fromDate" value="${query.fromDate ?? ''}" /></label>
      <label>From Time<input type="time" name="fromTime" step="1" value="${query.fromTime ?? ''}" /></label>
      <label>To Date<input type="date" name="toDate" value="${query.toDate ?? ''}" /></label>
      <label>To Time<input type="time" name="toTime" step="1" value="${query.toTime ?? ''}" /></label>
      <label
        >Message<input
          class="wide"
          type="search"
          name="message"
          value="${query.message ?? ''}"
          placeholder="a part of the message"
      /></label>
      <button type="submit">Apply</button> <a class="button" href="${screenUrl('logs')}">Clear</a>
    </form>
    ${notice('info', 'Times are UTC. From and To include their bounds: a To Date without a To Time includes the whole day, a To Time without seconds its whole minute.')}`;
}

const COLUMNS = [
  { label: 'Created On', cell: (row: StoredRecord) => acumaticaDateTime(row.CreatedDateTime), className: 'narrow' },
  {
    label: 'Level',
    cell: (row: StoredRecord) =>
      html`<span class="level ${text(row, 'Level').toLowerCase()}">${text(row, 'Level')}</span>`,
    className: 'narrow',
  },
  { label: 'Action Type', cell: (row: StoredRecord) => text(row, 'ActionType'), className: 'narrow' },
  { label: 'Message', cell: (row: StoredRecord) => clipped(text(row, 'Message')) },
  { label: 'Endpoint Url', cell: (row: StoredRecord) => clipped(text(row, 'EndpointUrl')) },
  { label: 'Description', cell: (row: StoredRecord) => text(row, 'Description'), className: 'prose' },
  { label: 'Login User', cell: (row: StoredRecord) => text(row, 'LoginUser'), className: 'narrow' },
];

/** A long value cut to the column's width, as the grid shows it; the whole value is the cell's tooltip. */
function clipped(value: string): Part {
  return html`<div class="cut" title="${value}">${value}</div>`;
}

/** From and To as ISO strings comparable with CreatedDateTime; a time needs its date, and From must not be after To. */
function bounds(query: LogsQuery): [string | undefined, string | undefined] {
  if (query.fromTime && !query.fromDate) throw new ScreenError(400, 'From Time needs a From Date.');
  if (query.toTime && !query.toDate) throw new ScreenError(400, 'To Time needs a To Date.');
  const seconds = (value: string | undefined, fallback: string) =>
    !value ? fallback : value.length === 5 ? `${value}:${fallback.slice(6, 8)}` : value;
  const from = query.fromDate ? `${query.fromDate}T${seconds(query.fromTime, '00:00:00')}.000Z` : undefined;
  const to = query.toDate ? `${query.toDate}T${seconds(query.toTime, '23:59:59')}.999Z` : undefined;
  if (from && to && from > to) throw new ScreenError(400, 'From Date/Time is after To Date/Time: no row can match.');
  return [from, to];
}

function isRealDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}
