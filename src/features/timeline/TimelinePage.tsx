import { ErrorState, LoadingState } from '../../ui/QueryStates';
import { ChartsPanel } from './ChartsPanel';
import { EventDetails } from './EventDetails';
import { EventsPanel } from './EventsPanel';
import { IgnoredNotice } from './IgnoredNotice';
import { ResultBar } from './ResultBar';
import { TimelineFilters } from './TimelineFilters';
import { timelineTitleDetail } from './timelineTitle';
import { useTimelineView } from './useTimelineView';
import { usePageTitle } from '../../ui/usePageTitle';
import './timeline.css';

/**
 * The timeline: filters, the count, the charts and the list, each a panel with its own loading, error (with
 * Retry), empty and "updating" states. What each shows is derived from the URL in useTimelineView.
 */
export function TimelinePage() {
  const view = useTimelineView();
  const { filters, filter } = view;
  usePageTitle('Timeline', timelineTitleDetail(filter, view.lookups));

  return (
    <section className="page timeline" aria-labelledby="timeline-title">
      <h1 id="timeline-title">Timeline</h1>
      <p className="lede">
        Releases, partnerships, investments, hires and lawsuits around the five systems. Filter them, drag across the
        chart to zoom into a period, open an event, and share the link: it keeps the whole view.
      </p>
      <IgnoredNotice dropped={view.dropped} onRemove={view.dropIgnored} />
      {filters.error ? (
        <ErrorState
          title="Could not load the companies and systems to filter by."
          error={filters.error}
          onRetry={filters.retry}
        />
      ) : filters.data ? (
        <TimelineFilters
          filter={filter}
          backwards={view.backwards}
          companies={filters.data.companies}
          systems={filters.data.systems}
          counts={view.optionCounts}
          onChange={view.setFilter}
          search={view.search}
        />
      ) : (
        <LoadingState label="Loading filters…" />
      )}
      <ResultBar
        count={view.count}
        updating={view.count.updating || view.charts.updating}
        canClear={view.canClear}
        onClear={view.clearFilters}
      />
      <h2 className="visually-hidden">Charts</h2>
      <ChartsPanel charts={view.charts} filtered={view.canClear} onSelectRange={view.setRange} />
      <EventsPanel
        list={view.list}
        listKey={view.listKey}
        lookups={view.lookups}
        filtered={view.canClear}
        order={view.order}
        onOrder={view.setOrder}
        query={view.params.q}
        onOpen={(event) => view.openEvent(event.id)}
        params={view.params}
      />
      {view.eventId && view.eventPanel && (
        <EventDetails
          eventId={view.eventId}
          panel={view.eventPanel}
          lookups={view.lookups}
          meta={view.meta}
          onClose={view.closeEvent}
        />
      )}
    </section>
  );
}
