/**
 * The event-density chart's data: events per month, stacked by company, built from the API's per-month
 * aggregate (never one mark per event). Months without events are filled in so the axis is continuous.
 */
import type { Company, EventFacets } from '../../data/schema';
import type { ChartTable } from '../../ui/chartTable';
import { niceTicks } from '../../ui/charts/niceTicks';
import { formatNumber } from '../../ui/format';
import { monthInRange, monthsBetween, monthShort } from '../../data/dates';

export const OTHER_KEY = 'other';
export const OUTSIDE_KEY = 'outside';
const OTHER_COLOR = '#8a8f98';
const OUTSIDE_COLOR = '#c5c9d0';

export interface DensitySeries {
  key: string;
  label: string;
  color: string;
}

export interface DensityRow {
  month: string;
  label: string;
  /** Events the list shows for this month (inside the date range). */
  total: number;
  inRange: boolean;
  counts: Record<string, number>;
}

export interface Density {
  series: DensitySeries[];
  rows: DensityRow[];
}

const seriesKey = (id: string) => `c:${id}`;

/** The months to draw: the dataset's whole span (a stable axis to brush on), widened to the data if need be. */
function axisMonths(months: EventFacets['months'], span: EventFacets['span']): [string, string] | null {
  const ends = [months[0]?.month, months.at(-1)?.month, span?.first, span?.last].filter((m): m is string => !!m);
  if (!ends.length) return null;
  return [ends.reduce((a, b) => (a < b ? a : b)), ends.reduce((a, b) => (a > b ? a : b))];
}

export function buildDensitySeries(
  months: EventFacets['months'],
  companies: readonly Company[],
  range: { from: string | null; to: string | null },
  span: EventFacets['span'] = null,
): Density {
  const axis = axisMonths(months, span);
  if (!axis) return { series: [], rows: [] };
  const [first, last] = axis;

  const charted = new Map(companies.filter((c) => c.color).map((c) => [c.id, c]));
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const used = new Set<string>();
  let anyOther = false;
  let anyOutside = false;

  const rows = monthsBetween(first, last).map((month): DensityRow => {
    const bucket = byMonth.get(month);
    const counts: Record<string, number> = {};
    let total = 0;
    for (const [id, n] of Object.entries(bucket?.byCompany ?? {})) {
      const key = charted.has(id) ? seriesKey(id) : OTHER_KEY;
      if (key === OTHER_KEY) anyOther = true;
      else used.add(id);
      counts[key] = (counts[key] ?? 0) + n;
      total += n;
    }
    const outside = bucket?.outside ?? 0;
    if (outside) {
      counts[OUTSIDE_KEY] = outside;
      anyOutside = true;
    }
    return { month, label: monthShort(month), total, inRange: monthInRange(month, range.from, range.to), counts };
  });

  const series: DensitySeries[] = companies
    .filter((c) => used.has(c.id))
    .map((c) => ({ key: seriesKey(c.id), label: c.name, color: c.color! }));
  if (anyOther) series.push({ key: OTHER_KEY, label: 'Other companies', color: OTHER_COLOR });
  if (anyOutside) series.push({ key: OUTSIDE_KEY, label: 'Outside the date range', color: OUTSIDE_COLOR });
  return { series, rows };
}

/** Rows as recharts wants them: one flat object per month, a number for every series. */
export function densityChartData(d: Density): Record<string, string | number>[] {
  return d.rows.map((r) => ({
    month: r.month,
    label: r.label,
    ...Object.fromEntries(d.series.map((s) => [s.key, r.counts[s.key] ?? 0])),
  }));
}

/** Exactly what the chart draws, for the frame's table and CSV. */
export function densityTable(d: Density): ChartTable {
  return {
    columns: [
      { key: 'month', label: 'Month' },
      ...d.series.map((s) => ({ key: s.key, label: s.label, unit: 'events' })),
      { key: 'total', label: 'Total listed', unit: 'events' },
    ],
    rows: d.rows.map((r) => ({
      month: r.month,
      ...Object.fromEntries(d.series.map((s) => [s.key, r.counts[s.key] ?? 0])),
      total: r.total,
    })),
  };
}

/** Sum of the events the list shows: what the chart's coloured bars add up to. */
export function densityTotal(d: Density): number {
  return d.rows.reduce((n, r) => n + r.total, 0);
}

/** Pixels per character of a 12 px axis label (digits and separators), and the tick mark and gap beside it. */
const LABEL_CHAR_PX = 7.5;
const TICK_PX = 10;

/** Round ticks for a count: niceTicks, or for a few events a whole step of 1, 2 or 5 (no half events). */
function countTicks(max: number): number[] {
  const top = Math.max(max, 1);
  const ticks = niceTicks(top);
  if (ticks.every(Number.isInteger)) return ticks;
  const step = [1, 2, 5].find((s) => Math.ceil(top / s) <= 6) ?? 10;
  return Array.from({ length: Math.ceil(top / step) + 1 }, (_, i) => i * step);
}

/**
 * The y-axis: round ticks from 0 to at least the tallest month (its whole stack, the grey part included),
 * written with thousands separators, and a width that holds the longest of them.
 */
export function densityYAxis(d: Density): { ticks: number[]; labels: string[]; width: number } {
  const tallest = Math.max(0, ...d.rows.map((r) => Object.values(r.counts).reduce((a, b) => a + b, 0)));
  const ticks = countTicks(tallest);
  const labels = ticks.map(formatNumber);
  const longest = Math.max(...labels.map((l) => l.length));
  return { ticks, labels, width: Math.ceil(longest * LABEL_CHAR_PX + TICK_PX) };
}

/** The range a drag across months selects, whichever way the drag went. */
export function dragRange(a: string, b: string): { from: string; to: string } {
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}
