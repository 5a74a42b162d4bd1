/** A system's events on one small date axis: one row per event type, oldest to newest. */
import { EVENT_TYPES, type Event } from '../../data/schema';
import type { ChartTable } from '../../ui/chartTable';
import { datedTime, timeTicks } from '../../ui/charts/chronology';
import { uniqueIds } from '../../ui/charts/entries';
import { formatDate } from '../../ui/format';

export interface EventPoint {
  id: string;
  x: number;
  row: string;
  rowIndex: number;
  title: string;
  dateText: string;
}

export interface EventSeries {
  points: EventPoint[];
  rows: string[];
  domain: [number, number];
  ticks: number[];
  table: ChartTable;
  sourceIds: string[];
}

const DAY = 86_400_000;

export function buildEventSeries(events: readonly Event[]): EventSeries {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const rows = EVENT_TYPES.filter((t) => sorted.some((e) => e.type === t));
  const points = sorted.map((e) => ({
    id: e.id,
    x: datedTime({ date: e.date, precision: e.precision }),
    row: e.type,
    rowIndex: rows.indexOf(e.type),
    title: e.title,
    dateText: formatDate(e.date, e.precision),
  }));
  const times = points.map((p) => p.x);
  const lo = times.length ? Math.min(...times) : Date.UTC(2024, 0, 1);
  const hi = times.length ? Math.max(...times) : lo;
  const pad = Math.max(30 * DAY, (hi - lo) * 0.04);
  const domain: [number, number] = [lo - pad, hi + pad];
  return {
    points,
    rows,
    domain,
    ticks: timeTicks(domain[0], domain[1]),
    table: {
      columns: [
        { key: 'date', label: 'Date' },
        { key: 'type', label: 'Type' },
        { key: 'title', label: 'Event' },
      ],
      rows: sorted.map((e) => ({ date: e.date, type: e.type, title: e.title })),
    },
    sourceIds: uniqueIds(sorted.map((e) => e.sourceIds)),
  };
}
