import { InvalidArgumentError } from 'commander';

/** A date (`2026-01-01`, midnight UTC) or a date-time with its zone (`2026-01-01T08:30:00Z`, `…+02:00`). */
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Reads `--since` strictly: ISO 8601 only, a real calendar day and time (no `5`, no `2026-02-30`), and a
 * zone when a time is given (the time would otherwise depend on this machine's zone).
 */
export function parseIsoDateTime(value: string): Date {
  const match = ISO_8601.exec(value.trim());
  const advice = 'expected an ISO 8601 date or date-time with its zone, such as 2026-01-01 or 2026-01-01T00:00:00Z';
  if (!match) {
    const zoneless = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value.trim());
    throw new InvalidArgumentError(zoneless ? `${advice} (add Z for UTC)` : advice);
  }
  const [, year, month, day, hour = '00', minute = '00', second = '00'] = match.map((part) => part ?? undefined);
  const calendar = new Date(
    Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)),
  );
  const real =
    calendar.getUTCFullYear() === Number(year) &&
    calendar.getUTCMonth() === Number(month) - 1 &&
    calendar.getUTCDate() === Number(day) &&
    calendar.getUTCHours() === Number(hour) &&
    calendar.getUTCMinutes() === Number(minute) &&
    calendar.getUTCSeconds() === Number(second);
  if (!real) throw new InvalidArgumentError(`${advice}: ${value} is not a day and time of the calendar`);
  return new Date(match[4] === undefined ? `${value.trim()}T00:00:00Z` : value.trim());
}
