/**
 * URL state of /timeline: `?company=meta,openai&system=veo&type=release&from=2024-01&to=2025-06-30&q=veo`,
 * plus how the list is shown: `order=oldest` and the open event, `event=<id>`.
 *
 * Two pure steps, neither of which throws, whatever the input:
 * 1. `validateTimelineSearch` (the route's validateSearch) only fixes the shape of the raw router values:
 *    lists of trimmed strings, one string per single key. It keeps values it cannot read yet, because the
 *    router rewrites the URL from its result: a value dropped here would vanish before the page could say so.
 * 2. `readTimelineSearch` gives the filter, value by value (zod `.catch`), and names every value it dropped,
 *    so the page can show a notice while keeping the rest of the view.
 */
import { z } from 'zod';
import { eventTypeSchema, idSchema, type EventType } from '../../data/schema';
import { endDay, isDay, isMonth, startDay } from '../../data/dates';
import { parseTextQuery } from '../../data/textQuery';
import { listParam, MAX_TEXT, singleParam } from '../../ui/urlState';

export const MAX_QUERY_LENGTH = MAX_TEXT;

export interface TimelineSearch {
  company?: string[];
  system?: string[];
  type?: string[];
  /** `YYYY-MM` or `YYYY-MM-DD`, inclusive. */
  from?: string;
  to?: string;
  q?: string;
  order?: string;
  event?: string;
}

export interface TimelineFilter {
  company: string[];
  system: string[];
  type: EventType[];
  from: string | null;
  to: string | null;
  q: string;
}

export const EMPTY_FILTER: TimelineFilter = { company: [], system: [], type: [], from: null, to: null, q: '' };

export interface Dropped {
  param: string;
  value: string;
}

// ---- 1. shape ------------------------------------------------------------------------------------------

const boundReads = (v: string) => isDay(v) || isMonth(v);
const queryReads = (v: string) => v.trim().length <= MAX_QUERY_LENGTH;
const orderReads = (v: string) => v === 'oldest' || v === 'newest';
const eventReads = (v: string) => idSchema.safeParse(v).success;

const shapeSchema = z.object({
  company: listParam.optional(),
  system: listParam.optional(),
  type: listParam.optional(),
  from: singleParam(boundReads).optional(),
  to: singleParam(boundReads).optional(),
  q: singleParam(queryReads).optional(),
  order: singleParam(orderReads).optional(),
  event: singleParam(eventReads).optional(),
});

/**
 * The /timeline route's validateSearch. Every key is present (undefined when absent): the router merges a
 * route's search over its parent's raw one, and a key left out would let the raw value through.
 */
export function validateTimelineSearch(raw: unknown): TimelineSearch {
  const input = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  const result = shapeSchema.safeParse(input);
  const out: TimelineSearch = {
    company: undefined,
    system: undefined,
    type: undefined,
    from: undefined,
    to: undefined,
    q: undefined,
    order: undefined,
    event: undefined,
  };
  return result.success ? Object.assign(out, result.data) : out;
}

// ---- 2. meaning ----------------------------------------------------------------------------------------

const idValue = idSchema.nullable().catch(null);
const typeValue = eventTypeSchema.nullable().catch(null);
const boundValue = z.string().refine(boundReads).nullable().catch(null);
/** Text that asks for nothing (only spaces or control characters) is no query: read as none. */
const queryText = (v: string) => (parseTextQuery(v).length ? v.trim() : '');
const queryValue = z.string().transform(queryText).pipe(z.string().max(MAX_QUERY_LENGTH)).catch('');

export interface ReadSearch {
  filter: TimelineFilter;
  dropped: Dropped[];
  /** A range given backwards, as given: it is reported and not applied (the filter has no dates then). */
  backwards?: { from: string; to: string };
}

export function readTimelineSearch(search: TimelineSearch): ReadSearch {
  const dropped: Dropped[] = [];
  const list = <T extends string>(param: 'company' | 'system' | 'type', item: z.ZodType<T | null>): T[] =>
    (search[param] ?? []).flatMap((token) => {
      const value = item.parse(token);
      if (value === null) dropped.push({ param, value: token });
      return value === null ? [] : [value];
    });
  const bound = (param: 'from' | 'to') => {
    const given = search[param];
    const value = given === undefined ? null : boundValue.parse(given);
    if (given !== undefined && value === null) dropped.push({ param, value: given });
    return value;
  };

  const filter: TimelineFilter = {
    company: list('company', idValue),
    system: list('system', idValue),
    type: list('type', typeValue),
    from: bound('from'),
    to: bound('to'),
    q: queryValue.parse(search.q ?? ''),
  };
  if (search.q !== undefined && !queryReads(search.q)) dropped.push({ param: 'q', value: search.q });
  // A range given backwards is neither swapped nor dropped in silence: the page says so by the date fields.
  if (filter.from && filter.to && startDay(filter.from) > endDay(filter.to)) {
    const backwards = { from: filter.from, to: filter.to };
    return { filter: { ...filter, from: null, to: null }, dropped, backwards };
  }
  return { filter, dropped };
}

export type ListOrder = 'newest' | 'oldest';

/** How the list is shown: its order and the event open over it; values that do not read are reported. */
export function readListSearch(search: TimelineSearch): { order: ListOrder; event: string | null; dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  const order = search.order === undefined || orderReads(search.order) ? search.order : undefined;
  if (search.order !== undefined && order === undefined) dropped.push({ param: 'order', value: search.order });
  const event = search.event !== undefined && eventReads(search.event) ? search.event : null;
  if (search.event !== undefined && event === null) dropped.push({ param: 'event', value: search.event });
  return { order: order === 'oldest' ? 'oldest' : 'newest', event, dropped };
}

/** The URL form of a filter: empty parts are left out, so a cleared view has a clean URL. */
export function filterToSearch(filter: TimelineFilter): TimelineSearch {
  const q = queryText(filter.q);
  return validateTimelineSearch({
    company: filter.company,
    system: filter.system,
    type: filter.type,
    from: filter.from ?? undefined,
    to: filter.to ?? undefined,
    q: q || undefined,
  });
}

export function isFilterEmpty(filter: TimelineFilter): boolean {
  return Object.values(filterToSearch(filter)).every((v) => v === undefined);
}
