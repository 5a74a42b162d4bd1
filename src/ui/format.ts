import type { Dated, NumberSpec } from '../data/schema';

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

/** A number with its unit: 8 s, 1080p, 24 fps, $0.40/s, 30B. */
export function formatNumberSpec(spec: NumberSpec): string {
  if (!spec) return NOT_DISCLOSED;
  const { value, unit } = spec;
  switch (unit) {
    case 'p':
      return `${value}p`;
    case 'USD/s':
      return `$${value.toFixed(2)}/s`;
    case 'B':
      return `${value}B`;
    case null:
      return String(value);
    default:
      return `${value} ${unit}`;
  }
}

export function formatBoolean(spec: { value: boolean } | null): string {
  return spec ? (spec.value ? 'Yes' : 'No') : NOT_DISCLOSED;
}
