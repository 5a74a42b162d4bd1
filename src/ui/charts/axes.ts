/**
 * The one axis setup of the charts that place things on a date axis in rows (the release chronology, a system's
 * events, the timeline's swim lanes). recharts wants its axes as direct children, so these are props to spread,
 * not components.
 */
import { formatDate } from '../format';

/**
 * The grid lines of a direction a chart turns off (`vertical={false}` or `horizontal={false}`): recharts still
 * works out where they would go, measuring every tick label again, unless its generator says there are none.
 */
export const NO_GRID_LINES = (): number[] => [];

/** "Jan 2025" for a tick at a time in milliseconds (UTC). */
export const monthTick = (t: number) => formatDate(new Date(t).toISOString().slice(0, 7), 'month');

/** A numeric x-axis of times (or month numbers) from `domain`, ticks where given. */
export function timeAxis(
  domain: [number, number],
  ticks: readonly number[],
  format: (value: number) => string = monthTick,
) {
  return {
    type: 'number' as const,
    dataKey: 'x',
    domain,
    ticks: [...ticks],
    tickFormatter: format,
    className: 'chart-axis',
    allowDataOverflow: true,
  };
}

/** A y-axis with one row per label, top to bottom; the points give their row as `dataKey`. */
export function rowAxis(rows: readonly string[], width: number, dataKey = 'rowIndex') {
  return {
    type: 'number' as const,
    dataKey,
    domain: [-0.5, rows.length - 0.5],
    ticks: rows.map((_, i) => i),
    tickFormatter: (i: number) => rows[i] ?? '',
    reversed: true,
    width,
    interval: 0 as const,
    className: 'chart-axis',
  };
}
