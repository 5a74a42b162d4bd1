import { useState } from 'react';
import { parseTextQuery } from '../../data/textQuery';
import type { EventsParams } from '../../data/api';
import type { Event } from '../../data/schema';
import { EmptyState, ErrorState, LoadingState } from '../../ui/QueryStates';
import { EventList } from './EventList';
import { ListControls } from './ListControls';
import { ListOutputs } from './ListOutputs';
import type { ListOrder } from './timelineSearch';
import type { JumpRequest } from './useJumpToDay';
import type { Lookups } from './lookups';
import { PAGE_SIZE, type TimelineView } from './useTimelineView';

/** The list's panel: its error with Retry, loading, "no events", or the events under month headings. */
export function EventsPanel({
  list,
  listKey,
  lookups,
  filtered,
  order,
  onOrder,
  query,
  onOpen,
  params,
}: {
  list: TimelineView['list'];
  /** A new key starts the list again at the top. */
  listKey: string;
  lookups: Lookups;
  filtered: boolean;
  order: ListOrder;
  onOrder: (order: ListOrder) => void;
  /** The search, whose words and phrases are marked in the list. */
  query: string;
  onOpen: (event: Event) => void;
  /** The list's API parameters (filter and order), for its CSV and printout. */
  params: Omit<EventsParams, 'cursor' | 'limit'>;
}) {
  const { data } = list;
  const [jump, setJump] = useState<JumpRequest | null>(null);
  const [message, setMessage] = useState('');
  return (
    // data-query: the search the list answers (the keystroke bench waits for it, as the URL now follows later).
    <section
      className="timeline-events"
      aria-labelledby="timeline-events"
      aria-busy={list.updating}
      data-query={query.trim()}
    >
      <h2 id="timeline-events" tabIndex={-1}>
        Events
      </h2>
      <ListControls
        order={order}
        onOrder={onOrder}
        onJump={(day) => {
          setMessage('Finding the date…');
          setJump({ day, seq: (jump?.seq ?? 0) + 1 });
        }}
        message={message}
      />
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
            top={data}
            params={{ ...params, limit: PAGE_SIZE }}
            total={data.total}
            monthCounts={data.monthCounts}
            lookups={lookups}
            onOpen={onOpen}
            order={order}
            needles={parseTextQuery(query)}
            jump={jump}
            onJumped={(text) => {
              setJump(null);
              setMessage(text);
            }}
          />
        </ListOutputs>
      )}
      {data && data.moreError !== null && (
        <ErrorState title="Could not load more events." error={data.moreError} onRetry={list.retry} />
      )}
    </section>
  );
}
