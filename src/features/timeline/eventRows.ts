/** The list's rows: a heading for each month, then that month's events (the events arrive newest first). */
import type { Event, EventFacets } from '../../data/schema';
import { monthName } from '../../data/dates';

export type EventRow =
  | { kind: 'month'; key: string; month: string; label: string; count: number | null }
  | { kind: 'event'; key: string; event: Event; position: number };

/** Events per month the list shows, from the API's aggregate (the loaded pages may hold only part of a month). */
export function monthCounts(months: EventFacets['months'] | undefined): Map<string, number> {
  return new Map(months?.map((m) => [m.month, Object.values(m.byCompany).reduce((a, b) => a + b, 0)]));
}

/** `offset`: where the first of `events` is in the whole list (the list may be opened further down, at a date). */
export function buildEventRows(events: readonly Event[], counts: ReadonlyMap<string, number>, offset = 0): EventRow[] {
  const rows: EventRow[] = [];
  let current: string | null = null;
  events.forEach((event, i) => {
    const month = event.date.slice(0, 7);
    if (month !== current) {
      current = month;
      rows.push({ kind: 'month', key: `m:${month}`, month, label: monthName(month), count: counts.get(month) ?? null });
    }
    rows.push({ kind: 'event', key: `e:${event.id}`, event, position: offset + i + 1 });
  });
  return rows;
}
