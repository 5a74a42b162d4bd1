/**
 * The whole timeline view, derived from the URL in this one place, by one rule:
 *
 *   The URL holds the filter; every panel (filters, count, charts, and the list with its month headings)
 *   shows the API's answer for that filter, and until it arrives keeps its previous answer, marked "updating".
 *
 * The search box and the date fields keep what is being typed and write it to the URL after a pause, so
 * typing never waits for the page. A month heading shows a count only when the counts answer the list's own
 * filter: never a previous filter's.
 */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useLocation } from '@tanstack/react-router';
import {
  companiesQuery,
  eventFacetsQuery,
  eventsQuery,
  metaQuery,
  sourcesQuery,
  systemsQuery,
} from '../../data/queries';
import { monthCounts } from './eventRows';
import { buildLookups } from './lookups';
import { panelOf } from './panel';
import { isFilterEmpty, type TimelineFilter } from './timelineSearch';
import { useTimelineFilter } from './useTimelineFilter';

export const PAGE_SIZE = 50;

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

  // Company and system ids in a link are checked against the lists before they are sent, so that an unknown
  // one is left out rather than refused by the API. A filter without ids waits for nothing, nor does any
  // filter once the lists have failed (the API then says which id it does not know).
  const namesIds = filter.company.length > 0 || filter.system.length > 0;
  const ready = !namesIds || !!known || companies.isError || systems.isError;
  const params = toParams(filter);
  const events = useInfiniteQuery({ ...eventsQuery({ ...params, limit: PAGE_SIZE }), enabled: ready });
  const facets = useQuery(eventFacetsQuery(params, ready));
  /** The list starts again at the top for each new URL. */
  const listKey = useLocation({ select: (l) => l.searchStr });

  const total = events.data?.pages[0]?.total;
  const countsAnswerTheList = !events.isPlaceholderData && !facets.isPlaceholderData;

  return {
    ...url,
    canClear: !isFilterEmpty(filter),
    lookups: buildLookups(companies.data, systems.data, sources.data),
    filters: panelOf(
      [companies, systems],
      companies.data && systems.data && { companies: companies.data, systems: systems.data },
    ),
    /** Per option, how many events it would give; undefined while unknown (the charts' panel says why). */
    optionCounts: facets.data?.counts,
    count: panelOf([events], total === undefined ? undefined : { total, of: meta.data?.counts?.events }),
    charts: panelOf(
      [facets, companies],
      facets.data && companies.data && { facets: facets.data, companies: companies.data },
    ),
    list: panelOf(
      [events],
      events.data && {
        events: events.data.pages.flatMap((p) => p.data),
        total: total ?? 0,
        monthCounts: monthCounts(countsAnswerTheList ? facets.data?.months : undefined),
        hasNextPage: events.hasNextPage,
        isFetchingNextPage: events.isFetchingNextPage,
        fetchNextPage: () => void events.fetchNextPage({ cancelRefetch: false }),
        /** A later page failed: the loaded events stay. */
        moreError: events.error,
      },
    ),
    listKey,
  };
}

export type TimelineView = ReturnType<typeof useTimelineView>;
