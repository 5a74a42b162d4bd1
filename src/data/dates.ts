/** Calendar helpers for the timeline's date range: plain `YYYY-MM` / `YYYY-MM-DD` strings, no time zones. */

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` that really exists. */
export function isDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** `YYYY-MM` with a real month. */
export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a bound covers: `2025-06` → `2025-06-01`. */
export function startDay(bound: string): string {
  return isMonth(bound) ? `${bound}-01` : bound;
}

/** The last day a bound covers: `2024-02` → `2024-02-29`. */
export function endDay(bound: string): string {
  if (!isMonth(bound)) return bound;
  const [y, m] = bound.split('-').map(Number) as [number, number];
  return `${bound}-${pad(daysInMonth(y, m))}`;
}

/** A local calendar day as `YYYY-MM-DD`. */
export function toDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Months are counted from year 0 so that months can be placed on a numeric axis. */
export function monthIndex(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
}

export function monthFromIndex(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${pad((index % 12) + 1)}`;
}

/** Every month from `first` to `last`, both included. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(first); i <= monthIndex(last); i++) out.push(monthFromIndex(i));
  return out;
}

const NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "August 2025" */
export function monthName(month: string): string {
  const [y, m] = month.split('-');
  return `${NAMES[Number(m) - 1] ?? m} ${y}`;
}

/** "Aug 2025" */
export function monthShort(month: string): string {
  return monthName(month).replace(/^(\w{3})\w*/, '$1');
}

/** The day `months` calendar months before `day`, clamped to the end of a shorter month. */
export function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const month = monthFromIndex(index);
  const [ny, nm] = month.split('-').map(Number) as [number, number];
  return `${month}-${pad(Math.min(d, daysInMonth(ny, nm)))}`;
}

/** Whether a month overlaps the range [from, to] (either bound open). */
export function monthInRange(month: string, from: string | null, to: string | null): boolean {
  if (from && endDay(month) < startDay(from)) return false;
  if (to && startDay(month) > endDay(to)) return false;
  return true;
}

/** The first day a date covers, at its precision: `2024-12` → `2024-12-01`. */
export function firstDayOf(d: { date: string }): string {
  return startDay(d.date);
}

/**
 * The day from which a dated fact is certainly true: the day itself, or the last day of its month when only
 * the month is known (Veo 2 "Dec 2024" counts as out from 31 Dec 2024, not from the 1st).
 */
export function certainFrom(d: { date: string }): string {
  return endDay(d.date);
}

/** Whether `a` certainly comes before `b`, whatever days two month-precision dates stand for. */
export function surelyBefore(a: { date: string }, b: { date: string }): boolean {
  return endDay(a.date) < startDay(b.date);
}

/** Years a day a person picks may fall in: anything else is a half-typed year ("0002") or a slip. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2099;

/** A complete day in a plausible year, or null. */
export function plausibleDay(value: string): string | null {
  if (!isDay(value)) return null;
  const year = Number(value.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR ? value : null;
}
