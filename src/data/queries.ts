/** Query options for every endpoint: the query keys live here and nowhere else. */
import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { fetchAllEvents } from './allEvents';
import { api, type EventsFilterParams, type EventsParams } from './api';
import type { EventFacets } from './schema';

const STATIC = { staleTime: 5 * 60_000 } as const;

export const queryKeys = {
  all: ['api'] as const,
  meta: () => [...queryKeys.all, 'meta'] as const,
  companies: () => [...queryKeys.all, 'companies'] as const,
  systems: () => [...queryKeys.all, 'systems'] as const,
  system: (id: string) => [...queryKeys.systems(), id] as const,
  sources: () => [...queryKeys.all, 'sources'] as const,
  events: (params: Omit<EventsParams, 'cursor'>) => [...queryKeys.all, 'events', params] as const,
  event: (id: string) => [...queryKeys.all, 'event', id] as const,
  eventFacets: (params: EventsFilterParams) => [...queryKeys.all, 'eventFacets', params] as const,
  filteredEvents: (params: Omit<EventsParams, 'cursor' | 'limit'>) =>
    [...queryKeys.all, 'filteredEvents', params] as const,
};

export const metaQuery = () =>
  queryOptions({
    queryKey: queryKeys.meta(),
    queryFn: ({ signal }) => api.meta(signal).then((r) => r.data),
    ...STATIC,
  });

export const companiesQuery = () =>
  queryOptions({
    queryKey: queryKeys.companies(),
    queryFn: ({ signal }) => api.companies(signal).then((r) => r.data),
    ...STATIC,
  });

export const systemsQuery = () =>
  queryOptions({
    queryKey: queryKeys.systems(),
    queryFn: ({ signal }) => api.systems(signal).then((r) => r.data),
    ...STATIC,
  });

export const systemQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.system(id),
    queryFn: ({ signal }) => api.system(id, signal).then((r) => r.data),
    ...STATIC,
  });

export const sourcesQuery = () =>
  queryOptions({
    queryKey: queryKeys.sources(),
    queryFn: ({ signal }) => api.sources(signal).then((r) => r.data),
    ...STATIC,
  });

/** One event by id, whatever the filter (a link to it opens it). */
export const eventQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.event(id),
    queryFn: ({ signal }) => api.event(id, signal).then((r) => r.data),
    ...STATIC,
  });

/** Pages of events, newest (or oldest) first; the previous result stays on screen while a new filter loads. */
export const eventsQuery = (params: Omit<EventsParams, 'cursor'>) =>
  infiniteQueryOptions({
    queryKey: queryKeys.events(params),
    queryFn: ({ signal, pageParam }) => api.events({ ...params, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
    ...STATIC,
  });

/**
 * Pages of events opened at a day (`at`): the first page begins at the earliest event on or after it, and pages
 * load both ways from there (`prevCursor` above, `nextCursor` below). The page opened at the day has param null.
 */
export const eventsAtQuery = (params: Omit<EventsParams, 'cursor' | 'at'>, at: string) =>
  infiniteQueryOptions({
    queryKey: [...queryKeys.events(params), 'at', at] as const,
    queryFn: ({ signal, pageParam }) =>
      api.events(pageParam === null ? { ...params, at } : { ...params, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    getPreviousPageParam: (first) => first.prevCursor,
    ...STATIC,
  });

/** Every event, in pages of 500: the Sources page lists the facts each source backs. */
export const allEventsQuery = () => eventsQuery({ limit: 500 });

/**
 * Facet counts and chart aggregates for a filter, with the filter they answer (so that a view showing the
 * previous answer while the next loads can draw it with its own filter). `enabled: false` holds the request
 * back (e.g. until the ids in a filter are known to be valid).
 */
export const eventFacetsQuery = (params: EventsFilterParams, enabled = true) =>
  queryOptions({
    queryKey: queryKeys.eventFacets(params),
    queryFn: ({ signal }): Promise<{ params: EventsFilterParams; facets: EventFacets }> =>
      api.eventFacets(params, signal).then((r) => ({ params, facets: r.data })),
    placeholderData: keepPreviousData,
    enabled,
    ...STATIC,
  });

/** Every event of a filter in one list (for a CSV or a printout of the whole filtered list), fetched on demand. */
export const filteredEventsQuery = (params: Omit<EventsParams, 'cursor' | 'limit'>) =>
  queryOptions({
    queryKey: queryKeys.filteredEvents(params),
    queryFn: ({ signal }) => fetchAllEvents(params, signal),
    ...STATIC,
  });
