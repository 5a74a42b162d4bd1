/**
 * How a bar chart is read: in the dataset's order, by value or by name, on a linear or a log axis. A pure
 * rearrangement of a built series: the bars and the table rows move together, and a log axis gets its own
 * domain, ticks and "not disclosed" stub.
 */
import type { BarDatum, BarSeries } from './barSeries';

export type BarScale = 'linear' | 'log';
export type BarSort = 'data' | 'value' | 'name';

export interface BarView {
  scale: BarScale;
  sort: BarSort;
}

export const DEFAULT_BAR_VIEW: BarView = { scale: 'linear', sort: 'data' };

const STUB_SHARE = 0.05;
const round = (v: number) => Number(v.toPrecision(12));

/**
 * Powers of ten around [min, max] (min > 0), with 2 and 5 between them when the range spans few decades. The
 * axis starts below the smallest value (a bar of exactly the axis' start would have no length).
 */
export function logTicks(min: number, max: number): number[] {
  const floor = Math.floor(Math.log10(min));
  const lo = round(10 ** floor) >= min ? floor - 1 : floor;
  let hi = Math.ceil(Math.log10(max));
  if (hi <= lo) hi = lo + 1;
  const steps = hi - lo <= 2 ? [1, 2, 5] : [1];
  const ticks: number[] = [];
  for (let p = lo; p <= hi; p++) for (const m of steps) if (p < hi || m === 1) ticks.push(round(m * 10 ** p));
  return ticks;
}

/** Largest first, "not disclosed" last; ties and the unknowns by name. */
const byValue = (a: BarDatum, b: BarDatum) =>
  Number(a.placeholder !== null) - Number(b.placeholder !== null) || b.total - a.total || byName(a, b);
const byName = (a: BarDatum, b: BarDatum) => a.label.localeCompare(b.label, 'en');

function onLogAxis(series: BarSeries): BarSeries {
  const known = series.data.filter((d) => d.placeholder === null && d.total > 0);
  const values = known.flatMap((d) => [d.total, ...(d.value ? [d.value] : [])]);
  const ticks = values.length ? logTicks(Math.min(...values), Math.max(...values)) : [1, 10];
  const [min, max] = [ticks[0]!, ticks.at(-1)!];
  const stub = round(min * (max / min) ** STUB_SHARE);
  const share = (v: number, total: number) => (total > min && v > min ? Math.log(v / min) / Math.log(total / min) : 0);
  const data = series.data.map((d): BarDatum => {
    if (d.placeholder !== null) return { ...d, placeholder: stub, total: stub };
    const total = Math.max(d.total, min);
    return { ...d, total, baseShare: d.extension === null ? 1 : share(d.value ?? 0, total) };
  });
  return { ...series, data, ticks, domainMin: min, domainMax: max, scale: 'log' };
}

/**
 * The series as the view asks: sorted (bars and table rows alike, row i of the table being bar i), and on a log
 * axis when asked and allowed (a chart whose values span little, like output heights, keeps its linear axis).
 */
export function arrangeBars(series: BarSeries, view: BarView, logAllowed = true): BarSeries {
  const order = series.data.map((_, i) => i);
  if (view.sort !== 'data') {
    const compare = view.sort === 'value' ? byValue : byName;
    order.sort((a, b) => compare(series.data[a]!, series.data[b]!) || a - b);
  }
  const sorted: BarSeries = {
    ...series,
    data: order.map((i) => series.data[i]!),
    table: {
      ...series.table,
      rows: order.map((i) => series.table.rows[i]!),
      ...(series.table.links ? { links: order.map((i) => series.table.links![i] ?? null) } : {}),
    },
  };
  return view.scale === 'log' && logAllowed ? onLogAxis(sorted) : sorted;
}
