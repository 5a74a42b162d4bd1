/**
 * The events filter applied to one event at a time: the reference that the event index (eventIndex.ts) must
 * equal, the newest-first order, and the lead company an event is drawn under.
 */
import type { Event } from '../data/schema';
import { normaliseText, parseTextQuery, textMatches } from '../data/textQuery';
import { boundDay, type EventsFilter } from './eventsQuery';

const monthStarts = new Map<string, string>();
const monthEnds = new Map<string, string>();
/** First (or last) day an event's date covers: a month-precision event covers the whole month. */
function eventEdge(e: Event, edge: 'start' | 'end'): string {
  if (e.precision === 'day') return e.date;
  const cache = edge === 'start' ? monthStarts : monthEnds;
  let day = cache.get(e.date);
  if (day === undefined) cache.set(e.date, (day = boundDay(e.date, edge)!));
  return day;
}

const searchTexts = new WeakMap<Event, string>();
/** Title and summary, normalised once per event (the dataset may hold 100,000 of them). */
function searchText(e: Event): string {
  let text = searchTexts.get(e);
  if (text === undefined) searchTexts.set(e, (text = normaliseText(`${e.title} ${e.summary}`)));
  return text;
}

type Test = (e: Event) => boolean;
export interface CompiledFilter {
  company: Test;
  system: Test;
  type: Test;
  date: Test;
  text: Test;
  /** Every dimension at once. */
  all: Test;
}

/** The filter as one test per dimension, prepared once per request (facet counts leave one out at a time). */
export function compileFilter(f: EventsFilter): CompiledFilter {
  const companies = new Set(f.companies);
  const systems = new Set(f.systems);
  const types = new Set<string>(f.types);
  const needles = parseTextQuery(f.q);
  const yes: Test = () => true;
  const t: Omit<CompiledFilter, 'all'> = {
    company: companies.size ? (e) => e.companyIds.some((c) => companies.has(c)) : yes,
    system: systems.size ? (e) => e.systemIds.some((s) => systems.has(s)) : yes,
    type: types.size ? (e) => types.has(e.type) : yes,
    date:
      f.from || f.to
        ? (e) => !(f.from && eventEdge(e, 'end') < f.from) && !(f.to && eventEdge(e, 'start') > f.to)
        : yes,
    text: needles.length ? (e) => textMatches(searchText(e), needles) : yes,
  };
  return { ...t, all: (e) => t.type(e) && t.company(e) && t.system(e) && t.date(e) && t.text(e) };
}

const compiled = new WeakMap<EventsFilter, CompiledFilter>();
/** One event against a filter (the filter is compiled once per filter object). */
export function matchesEvent(e: Event, f: EventsFilter): boolean {
  let test = compiled.get(f);
  if (!test) compiled.set(f, (test = compileFilter(f)));
  return test.all(e);
}

/** Newest first; a month-precision event sorts after the days of its month; ties by id. */
export function compareEventsNewestFirst(a: Event, b: Event): number {
  return compareSortKeys(eventSortKey(a), a.id, eventSortKey(b), b.id);
}

/** An event's date as it sorts: YYYY-MM-DD, or YYYY-MM-00 for a month-precision event (below its month's days). */
export const eventSortKey = (e: Event) => (e.precision === 'month' ? `${e.date}-00` : e.date);

/**
 * Newest first; on the same date, by id in code-unit order (ids are ASCII). Not localeCompare: it gives the same
 * order for ids and costs a second when 100,000 events are sorted.
 */
export function compareSortKeys(ka: string, ida: string, kb: string, idb: string): number {
  if (ka !== kb) return ka < kb ? 1 : -1;
  return ida < idb ? -1 : ida > idb ? 1 : 0;
}

/**
 * The company an event is drawn under when each event is counted once (the density chart's stacks): the first
 * of its companies that builds a compared system (has a chart colour), among the selected companies if any.
 */
export function leadCompany(e: Event, f: EventsFilter, charted: ReadonlySet<string>): string {
  const pool = f.companies.length ? e.companyIds.filter((c) => f.companies.includes(c)) : e.companyIds;
  const candidates = pool.length ? pool : e.companyIds;
  return candidates.find((c) => charted.has(c)) ?? candidates[0]!;
}
