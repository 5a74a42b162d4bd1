import type { EventsFilterParams } from '../../data/api';
import type { Event } from '../../data/schema';
import { EmptyState, ErrorState, LoadingState } from '../../ui/QueryStates';
import { EventList } from './EventList';
import { ListOutputs } from './ListOutputs';
import type { Lookups } from './lookups';
import type { TimelineView } from './useTimelineView';

/** The list's panel: its error with Retry, loading, "no events", or the events under month headings. */
export function EventsPanel({
  list,
  listKey,
  lookups,
  filtered,
  onOpen,
  params,
}: {
  list: TimelineView['list'];
  /** A new key starts the list again at the top. */
  listKey: string;
  lookups: Lookups;
  filtered: boolean;
  onOpen: (event: Event) => void;
  params: EventsFilterParams;
}) {
  const { data } = list;
  return (
    <section className="timeline-events" aria-labelledby="timeline-events" aria-busy={list.updating}>
      <h2 id="timeline-events" tabIndex={-1}>
        Events
      </h2>
      {list.error ? (
        <ErrorState title="Could not load events." error={list.error} onRetry={list.retry} />
      ) : !data ? (
        <LoadingState label="Loading events…" />
      ) : data.total === 0 && filtered ? (
        <EmptyState title="No events match these filters.">
          <p>Widen the date range, remove a filter, or clear them all.</p>
        </EmptyState>
      ) : data.total === 0 ? (
        <EmptyState title="There are no events in the dataset." />
      ) : (
        <ListOutputs params={params} loaded={data.events} total={data.total} lookups={lookups}>
          <EventList
            key={listKey}
            events={data.events}
            total={data.total}
            monthCounts={data.monthCounts}
            lookups={lookups}
            hasNextPage={data.hasNextPage}
            isFetchingNextPage={data.isFetchingNextPage}
            fetchNextPage={data.fetchNextPage}
            onOpen={onOpen}
          />
        </ListOutputs>
      )}
      {data && data.moreError !== null && (
        <ErrorState title="Could not load more events." error={data.moreError} onRetry={list.retry} />
      )}
    </section>
  );
}
