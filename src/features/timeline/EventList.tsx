import { measureElement, observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { EventsParams } from '../../data/api';
import type { Event } from '../../data/schema';
import { formatNumber } from '../../ui/format';
import { ErrorState } from '../../ui/QueryStates';
import { EventCard } from './EventCard';
import { buildEventRows, type EventRow } from './eventRows';
import type { Lookups } from './lookups';
import type { ListOrder } from './timelineSearch';
import { useJumpToDay, type JumpRequest } from './useJumpToDay';
import { useListSource, type TopPages } from './useListSource';

interface Props {
  /** The pages loaded from the top of the list. */
  top: TopPages;
  /** The list's API parameters (filter, order, page size), to open it at a date. */
  params: Omit<EventsParams, 'cursor' | 'at'>;
  total: number;
  monthCounts: ReadonlyMap<string, number>;
  lookups: Lookups;
  onOpen: (event: Event) => void;
  order: ListOrder;
  /** What the search asks for, to mark in titles and summaries. */
  needles: readonly string[];
  jump: JumpRequest | null;
  onJumped: (message: string) => void;
}

/**
 * Without layout (before the first one, or in jsdom) sizes read as 0: fall back to a screenful for the
 * scroller and to the estimate for a row, so the window of rendered rows stays meaningful.
 */
function observeRect(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width, height: 800 }));
}

/**
 * Events newest (or oldest) first under month headings, virtualised: only the rows in view are in the DOM, so the list
 * stays smooth with 100,000 events. The next page loads when the end comes into view, or with "Load more".
 */
export function EventList({ top, params, total, monthCounts, lookups, onOpen, order, needles, jump, onJumped }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { source, openAt, failed } = useListSource(top, params);
  const { events, hasNextPage, isFetchingNextPage, fetchNextPage } = source;
  const rows = buildEventRows(events, monthCounts, source.offset);
  const estimateSize = (i: number) => (rows[i]?.kind === 'month' ? 48 : 170);
  // TanStack Virtual hands out fresh functions on every render; nothing here is memoised by the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    measureElement: (el, entry, instance) =>
      measureElement(el, entry, instance) || estimateSize(instance.indexFromElement(el)),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 6,
    observeElementRect: observeRect,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= rows.length - 5) fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, lastIndex, rows.length, fetchNextPage]);
  useJumpToDay({ jump, rows, order, source, openAt, virtualizer, onDone: onJumped });
  const keepPlace = useEarlierPages(rows, virtualizer);

  return (
    <>
      {source.hasPreviousPage && (
        <button
          type="button"
          className="button event-list__earlier"
          disabled={source.isFetchingPreviousPage}
          onClick={() => {
            keepPlace();
            source.fetchPreviousPage();
          }}
        >
          {order === 'oldest' ? 'Show earlier events' : 'Show later events'}
        </button>
      )}
      <div ref={scrollRef} className="event-scroller">
        <div className="event-scroller__inner" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="event-scroller__row"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {row.kind === 'month' ? (
                  <h3 className="event-month">
                    {row.label}
                    {row.count !== null && (
                      <span className="muted">
                        {' '}
                        · {formatNumber(row.count)} {row.count === 1 ? 'event' : 'events'}
                      </span>
                    )}
                  </h3>
                ) : (
                  <EventCard
                    event={row.event}
                    lookups={lookups}
                    position={row.position}
                    setSize={total}
                    needles={needles}
                    onOpen={onOpen}
                  />
                )}
              </div>
            );
          })}
        </div>
      </div>
      {failed && <ErrorState title="Could not load more events." error={failed.error} onRetry={failed.retry} />}
      <div className="event-list__footer">
        <p className="muted" aria-live="polite">
          {isFetchingNextPage || source.isFetchingPreviousPage
            ? 'Loading more events…'
            : source.offset > 0
              ? `Showing events ${formatNumber(source.offset + 1)}–${formatNumber(source.offset + events.length)} of ${formatNumber(total)}.`
              : `Showing ${formatNumber(events.length)} of ${formatNumber(total)} events.`}
        </p>
        {hasNextPage && (
          <button type="button" className="button" disabled={isFetchingNextPage} onClick={fetchNextPage}>
            Load more
          </button>
        )}
      </div>
    </>
  );
}

/**
 * Pages loaded above keep the reader's place: the event that was first stays at the top of the view (the rows
 * above it are new). Returns what to call, with that event's row key, before the page above loads.
 */
function useEarlierPages(rows: readonly EventRow[], virtualizer: Virtualizer<HTMLDivElement, Element>) {
  const anchor = useRef<{ key: string; index: number } | null>(null);
  useEffect(() => {
    if (anchor.current === null) return;
    const i = rows.findIndex((r) => r.key === anchor.current?.key);
    // Once rows are above it; the month heading above it, when there is one, stays in view with it.
    if (i > anchor.current.index) {
      virtualizer.scrollToIndex(rows[i - 1]!.kind === 'month' ? i - 1 : i, { align: 'start' });
      anchor.current = null;
    }
  }, [rows, virtualizer]);
  return () => {
    const index = rows.findIndex((r) => r.kind === 'event');
    anchor.current = index === -1 ? null : { key: rows[index]!.key, index };
  };
}
