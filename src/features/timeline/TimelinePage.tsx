import { useInfiniteQuery } from '@tanstack/react-query';
import { eventsQuery } from '../../data/queries';
import { QueryView } from '../../ui/QueryStates';
import { SourceRefs } from '../../ui/SourceRefs';
import { formatDate } from '../../ui/format';

export function TimelinePage() {
  const events = useInfiniteQuery(eventsQuery({ limit: 50 }));
  const total = events.data?.pages[0]?.total;
  return (
    <section className="page" aria-labelledby="timeline-title">
      <h1 id="timeline-title">Timeline</h1>
      <p className="lede">
        Releases, partnerships, investments, hires and lawsuits around the five systems, newest first.
      </p>
      {total !== undefined && <p role="status">{total} events</p>}
      <QueryView query={events} what="events" isEmpty={(d) => d.pages[0]?.total === 0}>
        {(d) => (
          <>
            <ol className="event-list">
              {d.pages
                .flatMap((p) => p.data)
                .map((e) => (
                  <li key={e.id}>
                    <time dateTime={e.date}>{formatDate(e.date, e.precision)}</time> ·{' '}
                    <span className="badge">{e.type}</span> <strong>{e.title}</strong>
                    <br />
                    {e.summary} <SourceRefs ids={e.sourceIds} />
                  </li>
                ))}
            </ol>
            {events.hasNextPage && (
              <button
                type="button"
                className="button"
                disabled={events.isFetchingNextPage}
                onClick={() => void events.fetchNextPage()}
              >
                {events.isFetchingNextPage ? 'Loading…' : 'Load more'}
              </button>
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}
