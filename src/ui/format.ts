import type { Dated } from '../data/schema';

export const NOT_DISCLOSED = 'not disclosed';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "18 Jun 2025" or "Apr 2025": a date shown at the precision it is known to. */
export function formatDate(date: string, precision: Dated['precision'] = 'day'): string {
  const [y, m, d] = date.split('-');
  const month = MONTHS[Number(m) - 1] ?? m;
  return precision === 'month' || !d ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

export function formatDated(dated: Dated | null | undefined): string {
  return dated ? formatDate(dated.date, dated.precision) : NOT_DISCLOSED;
}

const numbers = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A number with thousands separators: 100,000; 0.5; 2.25. */
export function formatNumber(value: number): string {
  return numbers.format(value);
}
