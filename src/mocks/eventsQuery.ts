/**
 * Strict parsing of the events endpoint's query string, and the filter itself. The API answers 400 naming the
 * parameter for anything it cannot honour; the UI's URL state is lenient and never sends such values.
 */
import {
  EVENT_TYPES,
  isoDaySchema,
  isoMonthSchema,
  type Event,
  type EventFacets,
  type EventType,
} from '../data/schema';

export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 50;

export interface EventsFilter {
  companies: string[];
  systems: string[];
  types: EventType[];
  /** Inclusive bounds as YYYY-MM-DD; a month bound covers the whole month. */
  from: string | null;
  to: string | null;
  q: string;
}

export interface EventsRequest extends EventsFilter {
  offset: number;
  limit: number;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; param: string; message: string };

interface Known {
  companies: ReadonlySet<string>;
  systems: ReadonlySet<string>;
}

const fail = (param: string, message: string): ParseResult<never> => ({ ok: false, param, message });

function single(params: URLSearchParams, name: string): ParseResult<string | null> {
  const all = params.getAll(name);
  if (all.length > 1) return fail(name, `parameter "${name}" was given ${all.length} times; give it once`);
  return { ok: true, value: all[0] ?? null };
}

function list(params: URLSearchParams, name: string, known: ReadonlySet<string>): ParseResult<string[]> {
  const raw = single(params, name);
  if (!raw.ok) return raw;
  if (raw.value === null || raw.value === '') return { ok: true, value: [] };
  const ids = [...new Set(raw.value.split(',').map((s) => s.trim()))];
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) return fail(name, `unknown ${name} id(s): ${unknown.slice(0, 5).join(', ').slice(0, 200)}`);
  return { ok: true, value: ids };
}

/** Turns YYYY-MM or YYYY-MM-DD into the first (or last) day it covers. */
export function boundDay(value: string, edge: 'start' | 'end'): string | null {
  if (isoDaySchema.safeParse(value).success) return value;
  if (!isoMonthSchema.safeParse(value).success) return null;
  if (edge === 'start') return `${value}-01`;
  const [y, m] = value.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${value}-${String(last).padStart(2, '0')}`;
}

/** Lower-case, accents stripped: "Vidéo" and "video" match. */
export function normaliseText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function parseEventsQuery(params: URLSearchParams, known: Known): ParseResult<EventsRequest> {
  const company = list(params, 'company', known.companies);
  if (!company.ok) return company;
  const system = list(params, 'system', known.systems);
  if (!system.ok) return system;
  const type = list(params, 'type', new Set(EVENT_TYPES));
  if (!type.ok) return type;

  const bounds: Record<'from' | 'to', string | null> = { from: null, to: null };
  for (const name of ['from', 'to'] as const) {
    const raw = single(params, name);
    if (!raw.ok) return raw;
    if (raw.value === null || raw.value === '') continue;
    const day = boundDay(raw.value, name === 'from' ? 'start' : 'end');
    if (!day) return fail(name, `parameter "${name}" must be a real date as YYYY-MM-DD or YYYY-MM`);
    bounds[name] = day;
  }
  if (bounds.from && bounds.to && bounds.from > bounds.to) return fail('from', '"from" is after "to"');

  const q = single(params, 'q');
  if (!q.ok) return q;
  if ((q.value ?? '').length > 200) return fail('q', 'parameter "q" is longer than 200 characters');

  const limitRaw = single(params, 'limit');
  if (!limitRaw.ok) return limitRaw;
  const limit = limitRaw.value === null ? DEFAULT_LIMIT : Number(limitRaw.value);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    return fail('limit', `parameter "limit" must be a whole number from 1 to ${MAX_LIMIT}`);

  const cursor = single(params, 'cursor');
  if (!cursor.ok) return cursor;
  const offset = cursor.value === null ? 0 : decodeCursor(cursor.value);
  if (offset === null) return fail('cursor', 'parameter "cursor" is not a cursor this API gave out');

  return {
    ok: true,
    value: {
      companies: company.value,
      systems: system.value,
      types: type.value as EventType[],
      from: bounds.from,
      to: bounds.to,
      q: (q.value ?? '').trim(),
      offset,
      limit,
    },
  };
}

export function encodeCursor(offset: number): string {
  return btoa(`o:${offset}`);
}
export function decodeCursor(cursor: string): number | null {
  try {
    const m = /^o:(\d{1,9})$/.exec(atob(cursor));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

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
  const needle = normaliseText(f.q);
  const yes: Test = () => true;
  const t: Omit<CompiledFilter, 'all'> = {
    company: companies.size ? (e) => e.companyIds.some((c) => companies.has(c)) : yes,
    system: systems.size ? (e) => e.systemIds.some((s) => systems.has(s)) : yes,
    type: types.size ? (e) => types.has(e.type) : yes,
    date:
      f.from || f.to
        ? (e) => !(f.from && eventEdge(e, 'end') < f.from) && !(f.to && eventEdge(e, 'start') > f.to)
        : yes,
    text: needle ? (e) => searchText(e).includes(needle) : yes,
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
  const ka = a.precision === 'month' ? `${a.date}-00` : a.date;
  const kb = b.precision === 'month' ? `${b.date}-00` : b.date;
  return ka < kb ? 1 : ka > kb ? -1 : a.id.localeCompare(b.id);
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
