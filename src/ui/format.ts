import { monthShort } from '../data/dates';
import type { Dated } from '../data/schema';

export const NOT_DISCLOSED = 'not disclosed';

/** "18 Jun 2025" or "Apr 2025": a date shown at the precision it is known to. */
export function formatDate(date: string, precision: Dated['precision'] = 'day'): string {
  const month = monthShort(date.slice(0, 7));
  const day = date.slice(8, 10);
  return precision === 'month' || !day ? month : `${Number(day)} ${month}`;
}

export function formatDated(dated: Dated | null | undefined): string {
  return dated ? formatDate(dated.date, dated.precision) : NOT_DISCLOSED;
}

// Made at its first use, and only for what is not a whole number: an Intl object takes ~10 ms to make (~40 ms on
// a phone), too long to spend while the app's start-up code is evaluated, or while the timeline's first render
// writes its thirty counts, in one task.
let numbers: Intl.NumberFormat | undefined;

/** A number with thousands separators: 100,000; 0.5; 2.25. */
export function formatNumber(value: number): string {
  // Whole numbers (counts, mostly) as en-GB writes them, without making the Intl object; property-tested against it.
  if (Number.isSafeInteger(value) && !Object.is(value, -0))
    return (value < 0 ? '-' : '') + String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',');
  numbers ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
  return numbers.format(value);
}
