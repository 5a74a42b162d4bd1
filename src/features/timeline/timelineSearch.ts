/**
 * URL state of /timeline: `?company=meta,openai&system=veo&type=release&from=2024-01&to=2025-06-30&q=veo`.
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

const shapeSchema = z.object({
  company: listParam.optional(),
  system: listParam.optional(),
  type: listParam.optional(),
  from: singleParam(boundReads).optional(),
  to: singleParam(boundReads).optional(),
  q: singleParam(queryReads).optional(),
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
  };
  return result.success ? Object.assign(out, result.data) : out;
}

// ---- 2. meaning ----------------------------------------------------------------------------------------

const idValue = idSchema.nullable().catch(null);
const typeValue = eventTypeSchema.nullable().catch(null);
const boundValue = z.string().refine(boundReads).nullable().catch(null);
const queryValue = z
  .string()
  .transform((v) => v.trim())
  .pipe(z.string().max(MAX_QUERY_LENGTH))
  .catch('');

export function readTimelineSearch(search: TimelineSearch): { filter: TimelineFilter; dropped: Dropped[] } {
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
  // A range given backwards is read the right way round rather than thrown away.
  if (filter.from && filter.to && startDay(filter.from) > endDay(filter.to))
    [filter.from, filter.to] = [filter.to, filter.from];
  return { filter, dropped };
}

/** The URL form of a filter: empty parts are left out, so a cleared view has a clean URL. */
export function filterToSearch(filter: TimelineFilter): TimelineSearch {
  const q = filter.q.trim();
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
