/**
 * The whole timeline view, derived from the URL in this one place, by one rule:
 *
 *   The URL holds the filter; the list follows it at once; the counts and the charts follow it once it has
 *   rested for 300 ms, and the page says "updating" until they have.
 *
 * The exception is the search box's text, which the list follows as it is typed and the URL once it has rested
 * (the counts and the charts with it): a keystroke re-renders this page and the list, not the router's tree.
 * The date fields keep what is being typed and write it to the URL after a pause. The charts draw the filter
 * their counts answer (never a newer range over older bars), and a month heading shows a count only when the
 * counts answer the list's own filter.
 */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  companiesQuery,
  eventFacetsQuery,
  eventQuery,
  eventsQuery,
  metaQuery,
  sourcesQuery,
  systemsQuery,
} from '../../data/queries';
import { monthCounts } from './eventRows';
import { buildLookups } from './lookups';
import { panelOf } from './panel';
import { isFilterEmpty, type TimelineFilter } from './timelineSearch';
import { useDraft } from './useDraft';
import { useRested } from './useRested';
import { useTimelineFilter } from './useTimelineFilter';

export const PAGE_SIZE = 50;
/** How long the URL must rest before the counts and the charts follow it. */
export const COUNTS_DELAY_MS = 300;

const trim = (text: string) => text.trim();

/** The API's parameters for a filter. */
const toParams = (f: TimelineFilter) => ({
  company: f.company,
  system: f.system,
  type: f.type,
  from: f.from,
  to: f.to,
  q: f.q.trim(),
});

export function useTimelineView() {
  const companies = useQuery(companiesQuery());
  const systems = useQuery(systemsQuery());
  const sources = useQuery(sourcesQuery());
  const meta = useQuery(metaQuery());
  const known =
    companies.data && systems.data
      ? { companies: new Set(companies.data.map((c) => c.id)), systems: new Set(systems.data.map((s) => s.id)) }
      : undefined;
  const url = useTimelineFilter(known);
  const { filter } = url;
  // What is typed in the search box is kept here: the list follows it at once, the URL once it has rested (so
  // a keystroke re-renders this page, not the router's whole tree; the counts wait for the rest anyway).
  const search = useDraft(filter.q, (q) => url.setFilter({ q }), { delayMs: COUNTS_DELAY_MS, normalise: trim });
  const typed = { ...filter, q: search.shown };

  // Company and system ids in a link are checked against the lists before they are sent, so that an unknown
  // one is left out rather than refused by the API. A filter without ids waits for nothing, nor does any
  // filter once the lists have failed (the API then says which id it does not know).
  const namesIds = filter.company.length > 0 || filter.system.length > 0;
  const ready = !namesIds || !!known || companies.isError || systems.isError;
  const params = toParams(typed);
  const order = url.order === 'oldest' ? ('oldest' as const) : undefined;
  // What the list shows; opening an event does not change it.
  const listKey = JSON.stringify([params, order]);
  const paramsKey = JSON.stringify(params);
  const restedKey = useRested(paramsKey, COUNTS_DELAY_MS);
  const events = useInfiniteQuery({ ...eventsQuery({ ...params, order, limit: PAGE_SIZE }), enabled: ready });
  // The counts ask for the filter once it has rested; until then, and until their answer is in, they show the
  // previous answer: "updating". (Same parameters, same key: the parsed copy changes only when the key does.)
  const restedParams = useMemo(() => JSON.parse(restedKey) as typeof params, [restedKey]);
  const facets = useQuery(eventFacetsQuery(restedParams, ready));
  const countsBehind = restedKey !== paramsKey || facets.isPlaceholderData;

  const total = events.data?.pages[0]?.total;
  const loaded = events.data?.pages.flatMap((p) => p.data);
  // The open event comes from the list when it is there, else by its id (a link may name any event).
  const inList = url.eventId ? loaded?.find((e) => e.id === url.eventId) : undefined;
  const one = useQuery({ ...eventQuery(url.eventId ?? ''), enabled: !!url.eventId && !inList });
  const countsAnswerTheList = !events.isPlaceholderData && !countsBehind;

  return {
    ...url,
    /** Any other filter set while text is typed keeps the text. */
    setFilter: (patch: Partial<TimelineFilter>) => url.setFilter({ q: search.shown, ...patch }),
    search,
    canClear: !isFilterEmpty(typed),
    lookups: buildLookups(companies.data, systems.data, sources.data),
    filters: panelOf(
      [companies, systems],
      companies.data && systems.data && { companies: companies.data, systems: systems.data },
    ),
    /** Per option, how many events it would give; undefined while unknown (the charts' panel says why). */
    optionCounts: facets.data?.facets.counts,
    count: panelOf([events], total === undefined ? undefined : { total, of: meta.data?.counts?.events }),
    charts: {
      ...panelOf(
        [facets, companies],
        facets.data &&
          companies.data && {
            facets: facets.data.facets,
            companies: companies.data,
            range: { from: facets.data.params.from ?? null, to: facets.data.params.to ?? null },
          },
      ),
      updating: countsBehind,
    },
    list: panelOf(
      [events],
      events.data && {
        events: loaded ?? [],
        total: total ?? 0,
        monthCounts: monthCounts(countsAnswerTheList ? facets.data?.facets.months : undefined),
        hasNextPage: events.hasNextPage,
        isFetchingNextPage: events.isFetchingNextPage,
        fetchNextPage: () => void events.fetchNextPage({ cancelRefetch: false }),
        /** A later page failed: the loaded events stay. */
        moreError: events.error,
      },
    ),
    /** The API's parameters of the list (filter and order), for its CSV and printout. */
    params: { ...params, order },
    /** The event open over the list: its data, its loading, or why it could not be shown. */
    eventPanel: url.eventId ? panelOf([one], inList ?? one.data) : null,
    meta: meta.data,
    /** The list starts again at the top for each new filter or order (not when an event opens or closes). */
    listKey,
  };
}

export type TimelineView = ReturnType<typeof useTimelineView>;
