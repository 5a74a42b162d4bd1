/**
 * The facets of a filter computed by one plain pass over the events: the reference that computeFacetsIndexed
 * (eventFacets.ts) must equal (a property test holds them equal), and its fallback for a dataset with more than
 * 32 companies, systems or types.
 */
import { EVENT_TYPES, type Event, type EventFacets, type EventType } from '../data/schema';
import { compileFilter, leadCompany } from './eventFilter';
import type { EventsFilter } from './eventsQuery';

const inc = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);

/**
 * Facet counts and aggregates in one pass over the events (scales to 100,000 events):
 * - counts.X[option]: events matching every filter except X that the option X would give;
 * - months: per month, events matching every filter except the date range, split into those inside the range
 *   (by lead company) and those outside it;
 * - lanes: per company and month, events matching every filter (an event counts in each of its companies'
 *   lanes; with a company filter, only the selected companies have lanes);
 * - span: the first and last month of all events, filtered or not, so charts keep a stable time axis.
 */
export function computeFacets(
  events: readonly Event[],
  f: EventsFilter,
  ids: { companies: readonly string[]; systems: readonly string[]; charted: ReadonlySet<string> },
): EventFacets {
  const test = compileFilter(f);
  const zeros = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0]));
  const company: Record<string, number> = zeros(ids.companies);
  const system: Record<string, number> = zeros(ids.systems);
  const type = zeros(EVENT_TYPES) as Record<EventType, number>;
  const months = new Map<string, { month: string; byCompany: Record<string, number>; outside: number }>();
  const lanes = new Map<string, { companyId: string; month: string; count: number; types: Record<string, number> }>();
  const sourceIds = new Set<string>();
  let total = 0;

  let first: string | null = null;
  let last: string | null = null;
  for (const e of events) {
    const month = e.date.slice(0, 7);
    if (first === null || month < first) first = month;
    if (last === null || month > last) last = month;
    const m = {
      company: test.company(e),
      system: test.system(e),
      type: test.type(e),
      date: test.date(e),
      text: test.text(e),
    };
    if (m.system && m.type && m.date && m.text) for (const c of e.companyIds) inc(company, c);
    if (m.company && m.type && m.date && m.text) for (const s of e.systemIds) inc(system, s);
    if (m.company && m.system && m.date && m.text) inc(type, e.type);
    if (!(m.company && m.system && m.type && m.text)) continue;

    let bucket = months.get(month);
    if (!bucket) months.set(month, (bucket = { month, byCompany: {}, outside: 0 }));
    for (const id of e.sourceIds) sourceIds.add(id);
    if (!m.date) {
      bucket.outside += 1;
      continue;
    }
    inc(bucket.byCompany, leadCompany(e, f, ids.charted));
    total += 1;
    for (const c of e.companyIds) {
      if (f.companies.length && !f.companies.includes(c)) continue;
      const key = `${c}|${month}`;
      let lane = lanes.get(key);
      if (!lane) lanes.set(key, (lane = { companyId: c, month, count: 0, types: {} }));
      lane.count += 1;
      inc(lane.types, e.type);
    }
  }

  const byKey = <T>(map: Map<string, T>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    total,
    counts: { company, system, type },
    months: byKey(months).map(([, v]) => v),
    lanes: byKey(lanes).map(([, v]) => v),
    sourceIds: [...sourceIds].sort(),
    span: first && last ? { first, last } : null,
  };
}
