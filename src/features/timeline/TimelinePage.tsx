import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import {
  companiesQuery,
  eventFacetsQuery,
  eventsQuery,
  metaQuery,
  sourcesQuery,
  systemsQuery,
} from '../../data/queries';
import type { Event } from '../../data/schema';
import { EmptyState, ErrorState, LoadingState } from '../../ui/QueryStates';
import { EventDetails } from './EventDetails';
import { EventList } from './EventList';
import { monthCounts } from './eventRows';
import { IgnoredNotice } from './IgnoredNotice';
import { buildLookups } from './lookups';
import { ResultBar } from './ResultBar';
import { TimelineCharts } from './TimelineCharts';
import { TimelineFilters } from './TimelineFilters';
import { isFilterEmpty, type TimelineFilter } from './timelineSearch';
import { useSettledValue } from './useSettledValue';
import { useTimelineFilter } from './useTimelineFilter';
import './timeline.css';

export const PAGE_SIZE = 50;
/** How long the filter must rest before the facet counts and charts follow it. */
export const FACETS_DELAY_MS = 300;

/** The API's parameters for a filter. */
const toParams = (f: TimelineFilter) => ({
  company: f.company,
  system: f.system,
  type: f.type,
  from: f.from,
  to: f.to,
  q: f.q.trim(),
});

export function TimelinePage() {
  const companies = useQuery(companiesQuery());
  const systems = useQuery(systemsQuery());
  const sources = useQuery(sourcesQuery());
  const meta = useQuery(metaQuery());
  const known =
    companies.data && systems.data
      ? { companies: new Set(companies.data.map((c) => c.id)), systems: new Set(systems.data.map((s) => s.id)) }
      : undefined;
  const { filter, dropped, setFilter, setRange, clearFilters, dropIgnored } = useTimelineFilter(known);
  const params = toParams(filter);
  // Unknown ids are only dropped once the lists are known: wait for them rather than send ids the API rejects.
  const events = useInfiniteQuery({ ...eventsQuery({ ...params, limit: PAGE_SIZE }), enabled: !!known });
  const facetParams = useSettledValue(params, FACETS_DELAY_MS);
  const facets = useQuery(eventFacetsQuery(facetParams, !!known));
  // Until the counts and charts have caught up with the filter, the result bar says "updating".
  const facetsBehind = JSON.stringify(facetParams) !== JSON.stringify(params);
  const [open, setOpen] = useState<Event | null>(null);

  // The charts follow in a deferred render: the list answers a keystroke first, the charts catch up after.
  const chartFacets = useDeferredValue(facets.data);
  const chartFilter = useDeferredValue(filter);
  const lookups = buildLookups(companies.data, systems.data, sources.data);
  const total = events.data?.pages[0]?.total;
  const list = events.data?.pages.flatMap((p) => p.data) ?? [];
  const listsError = companies.error ?? systems.error;

  return (
    <section className="page timeline" aria-labelledby="timeline-title">
      <h1 id="timeline-title">Timeline</h1>
      <p className="lede">
        Releases, partnerships, investments, hires and lawsuits around the five systems, newest first. Filter them, drag
        across the chart to zoom into a period, and share the link: it keeps the whole view.
      </p>
      <IgnoredNotice dropped={dropped} onRemove={dropIgnored} />
      {listsError ? (
        <ErrorState
          title="Could not load the companies and systems to filter by."
          error={listsError}
          onRetry={() => void Promise.all([companies.refetch(), systems.refetch()])}
        />
      ) : companies.data && systems.data ? (
        <TimelineFilters
          filter={filter}
          companies={companies.data}
          systems={systems.data}
          counts={facets.data?.counts}
          onChange={setFilter}
        />
      ) : (
        <LoadingState label="Loading filters…" />
      )}
      <ResultBar
        total={total}
        of={meta.data?.counts?.events}
        updating={events.isPlaceholderData || facets.isPlaceholderData || facetsBehind}
        canClear={!isFilterEmpty(filter)}
        onClear={clearFilters}
      />
      <h2 className="visually-hidden">Charts</h2>
      {facets.error ? (
        <ErrorState title="Could not load the charts." error={facets.error} onRetry={() => void facets.refetch()} />
      ) : chartFacets && companies.data ? (
        <TimelineCharts
          facets={chartFacets}
          companies={companies.data}
          range={{ from: chartFilter.from, to: chartFilter.to }}
          onSelectRange={setRange}
        />
      ) : (
        <LoadingState label="Loading charts…" />
      )}
      <section className="timeline-events" aria-labelledby="timeline-events" aria-busy={events.isPlaceholderData}>
        <h2 id="timeline-events" tabIndex={-1}>
          Events
        </h2>
        {events.error && !events.data ? (
          <ErrorState title="Could not load events." error={events.error} onRetry={() => void events.refetch()} />
        ) : total === undefined ? (
          <LoadingState label="Loading events…" />
        ) : total === 0 ? (
          <EmptyState title="No events match these filters.">
            <p>Widen the date range, remove a filter, or clear them all.</p>
          </EmptyState>
        ) : (
          <EventList
            key={JSON.stringify(params)}
            events={list}
            total={total}
            monthCounts={monthCounts(facets.data?.months)}
            lookups={lookups}
            hasNextPage={events.hasNextPage}
            isFetchingNextPage={events.isFetchingNextPage}
            fetchNextPage={() => void events.fetchNextPage({ cancelRefetch: false })}
            onOpen={setOpen}
          />
        )}
        {events.error && events.data && (
          <ErrorState title="Could not load more events." error={events.error} onRetry={() => void events.refetch()} />
        )}
      </section>
      {open && <EventDetails event={open} lookups={lookups} onClose={() => setOpen(null)} />}
    </section>
  );
}
