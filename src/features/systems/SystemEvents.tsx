import type { Company, System } from '../../data/schema';
import { ChartFrame } from '../../ui/ChartFrame';
import { companyColor } from '../../ui/charts/entries';
import { QueryView } from '../../ui/QueryStates';
import { SourceRefs } from '../../ui/SourceRefs';
import { formatDate, formatNumber } from '../../ui/format';
import { buildEventSeries } from './eventSeries';
import { SystemEventsChart } from './SystemEventsChart';
import { useSystemEvents } from './useSystemEvents';

/** The system's events: a small timeline chart (with its table) and the list with sources. */
export function SystemEvents({ system, company }: { system: System; company: Company | undefined }) {
  const events = useSystemEvents(system.id);
  return (
    <QueryView query={events} what="events" isEmpty={(d) => d.pages[0]?.total === 0}>
      {(d) => {
        const list = d.pages.flatMap((p) => p.data);
        const total = d.pages[0]?.total ?? list.length;
        const series = buildEventSeries(list);
        return (
          <>
            <ChartFrame
              id={`${system.id}-events`}
              title={`${system.name}: events over time`}
              subtitle={`${list.length === total ? formatNumber(total) : `${formatNumber(list.length)} of ${formatNumber(total)}`} events by type`}
              description={`Dot chart of ${formatNumber(list.length)} events about ${system.name}, from ${series.points[0]?.dateText ?? ''} to ${series.points.at(-1)?.dateText ?? ''}, one row per event type.`}
              table={series.table}
              sourceIds={series.sourceIds}
            >
              <SystemEventsChart series={series} color={companyColor(company)} systemId={system.id} />
            </ChartFrame>
            <ol className="event-list">
              {list.map((e) => (
                <li key={e.id}>
                  <time dateTime={e.date}>{formatDate(e.date, e.precision)}</time> ·{' '}
                  <span className="badge">{e.type}</span> {e.title} <SourceRefs ids={e.sourceIds} />
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
                {events.isFetchingNextPage ? 'Loading…' : 'Load more events'}
              </button>
            )}
          </>
        );
      }}
    </QueryView>
  );
}
