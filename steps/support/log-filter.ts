import { literal, type Plain } from './acumatica-view';

/** The filter fields above the Logs screen's grid; blank ones filter nothing. */
export interface LogFilter {
  actionType?: string;
  level?: string;
  /** From Date and From Time together. */
  from?: Date;
  /** To Date and To Time together. */
  to?: Date;
}

/** The `$filter` the Logs screen's fields stand for, on the ConnectorLog entity. */
export function logFilterQuery(filter: LogFilter): string | undefined {
  const terms: string[] = [];
  if (filter.actionType) terms.push(`ActionType eq ${literal(filter.actionType)}`);
  if (filter.level) terms.push(`Level eq ${literal(filter.level)}`);
  if (filter.from) terms.push(`CreatedDateTime ge datetimeoffset'${filter.from.toISOString()}'`);
  if (filter.to) terms.push(`CreatedDateTime le datetimeoffset'${filter.to.toISOString()}'`);
  return terms.length > 0 ? terms.join(' and ') : undefined;
}

/** Why a row the screen shows does not satisfy the filter, or undefined when it does. */
export function filterMismatch(row: Plain, filter: LogFilter): string | undefined {
  if (filter.actionType && row.ActionType !== filter.actionType) return `Action Type ${row.ActionType}`;
  if (filter.level && row.Level !== filter.level) return `Level ${row.Level}`;
  const at = Date.parse(String(row.CreatedDateTime));
  if (filter.from && !(at >= filter.from.getTime())) return `created ${row.CreatedDateTime}, before ${filter.from.toISOString()}`;
  if (filter.to && !(at <= filter.to.getTime())) return `created ${row.CreatedDateTime}, after ${filter.to.toISOString()}`;
  return undefined;
}

/**
 * A date and an optional time as the screen takes them ("11/21/2023", "10:30 AM"), in UTC. A From without
 * a time starts at the beginning of the minute or day; a To ends at the end of it, so that the day or the
 * minute given is included.
 */
export function screenDateTime(date: string, time: string | undefined, edge: 'from' | 'to'): Date {
  const d = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date.trim());
  if (!d) throw new Error(`Expected a date such as 11/21/2023 (month/day/year), got "${date}"`);
  const [month, day, year] = [Number(d[1]), Number(d[2]), Number(d[3])];
  let hours = edge === 'from' ? 0 : 23;
  let minutes = edge === 'from' ? 0 : 59;
  if (time !== undefined && time.trim() !== '') {
    const t = /^(\d{1,2}):(\d{2})\s*(AM|PM)$/i.exec(time.trim());
    if (!t) throw new Error(`Expected a time such as 10:30 AM, got "${time}"`);
    hours = (Number(t[1]) % 12) + ((t[3] as string).toUpperCase() === 'PM' ? 12 : 0);
    minutes = Number(t[2]);
  }
  const ms = Date.UTC(year, month - 1, day, hours, minutes, edge === 'from' ? 0 : 59, edge === 'from' ? 0 : 999);
  const result = new Date(ms);
  if (result.getUTCMonth() !== month - 1 || result.getUTCDate() !== day) throw new Error(`"${date}" is not a date on the calendar`);
  return result;
}
