/**
 * Strict parsing of the events endpoint's query string, and the filter itself. The API answers 400 naming the
 * parameter for anything it cannot honour; the UI's URL state is lenient and never sends such values.
 */
import { parseTextQuery } from '../data/textQuery';
import { endDay, isDay, isMonth, startDay } from '../data/dates';
import { EVENT_TYPES, type EventType } from '../data/schema';

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

export type EventOrder = 'newest' | 'oldest';
export const EVENT_ORDERS: readonly EventOrder[] = ['newest', 'oldest'];

export interface EventsRequest extends EventsFilter {
  offset: number;
  /** `at`: start the page at the first event on or after this day (YYYY-MM-DD) instead of at `offset`. */
  at: string | null;
  limit: number;
  order: EventOrder;
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

/** Turns YYYY-MM or YYYY-MM-DD into the first (or last) day it covers; null for anything else. */
export function boundDay(value: string, edge: 'start' | 'end'): string | null {
  if (!isDay(value) && !isMonth(value)) return null;
  return edge === 'start' ? startDay(value) : endDay(value);
}

export { normaliseText } from '../data/textQuery';

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

  const orderRaw = single(params, 'order');
  if (!orderRaw.ok) return orderRaw;
  const order = orderRaw.value === null || orderRaw.value === '' ? 'newest' : orderRaw.value;
  if (order !== 'newest' && order !== 'oldest') return fail('order', 'parameter "order" must be "newest" or "oldest"');

  const cursor = single(params, 'cursor');
  if (!cursor.ok) return cursor;
  const offset = cursor.value === null ? 0 : decodeCursor(cursor.value);
  if (offset === null) return fail('cursor', 'parameter "cursor" is not a cursor this API gave out');

  const at = single(params, 'at');
  if (!at.ok) return at;
  const atDay = at.value === null || at.value === '' ? null : at.value;
  if (atDay !== null && !isDay(atDay)) return fail('at', 'parameter "at" must be a real date as YYYY-MM-DD');
  if (atDay !== null && cursor.value !== null) return fail('at', 'give "at" or "cursor", not both');

  return {
    ok: true,
    value: {
      companies: company.value,
      systems: system.value,
      types: type.value as EventType[],
      from: bounds.from,
      to: bounds.to,
      // Words and "phrases" (data/textQuery.ts); only control characters or spaces is no query.
      q: parseTextQuery(q.value ?? '').length ? (q.value ?? '').trim() : '',
      offset,
      at: atDay,
      limit,
      order,
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
