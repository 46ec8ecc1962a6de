/**
 * Date-times as Acumatica writes them: SQL Server `datetime` keeps 1/300 s ticks (milliseconds end in 0, 3
 * or 7), and the answer has an offset and no trailing zeros: `2023-12-14T17:20:45.16+00:00`,
 * `2020-05-19T22:50:36.837+00:00`, `2023-12-14T00:00:00+00:00` (recorded traffic of Jetbuilt/acumatica).
 */
const TICKS_PER_SECOND = 300;

/** A time rounded to the nearest SQL `datetime` tick, in milliseconds since the epoch. */
export function toSqlTick(time: number): number {
  const second = Math.floor(time / 1000) * 1000;
  return second + Math.round((Math.round(((time - second) * TICKS_PER_SECOND) / 1000) * 1000) / TICKS_PER_SECOND);
}

/** The next SQL tick strictly after `time` (a tick value). */
export function nextSqlTick(time: number): number {
  for (let candidate = time + 1; ; candidate++) if (toSqlTick(candidate) > time) return toSqlTick(candidate);
}

/** A date-time as the product writes it. */
export function productDate(time: number): string {
  const iso = new Date(toSqlTick(time)).toISOString(); // 2023-12-14T17:20:45.160Z
  const [seconds, fraction = ''] = iso.slice(0, -1).split('.');
  const trimmed = fraction.replace(/0+$/, '');
  return `${seconds}${trimmed ? `.${trimmed}` : ''}+00:00`;
}

/** A stored date-time value (an ISO string, with or without an offset) as the product writes it; text that is no date is left alone. */
export function productDateValue(value: unknown): unknown {
  const time = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(time) ? value : productDate(time);
}
