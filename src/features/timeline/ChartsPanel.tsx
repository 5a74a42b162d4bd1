import { lazy } from 'react';
import type { Company, EventFacets } from '../../data/schema';
import { NearViewport } from '../../ui/NearViewport';
import { EmptyState, ErrorState, LoadingState } from '../../ui/QueryStates';
import type { Panel } from './panel';

/**
 * The charts (and recharts with them) load in their own chunk when they near the viewport: the first screen
 * (filters and the list) neither downloads nor draws them (on a phone they are below the filters).
 */
const TimelineCharts = lazy(() => import('./TimelineCharts'));

/** The charts' panel: their error with Retry, loading, "nothing to chart", or the charts. */
export function ChartsPanel({
  charts,
  filtered,
  onSelectRange,
}: {
  /** The aggregates, and the date range of the filter they answer. */
  charts: Panel<{
    facets: EventFacets;
    companies: readonly Company[];
    range: { from: string | null; to: string | null };
  }>;
  /** Whether any filter is set (for the empty state's wording). */
  filtered: boolean;
  onSelectRange: (range: { from: string; to: string }) => void;
}) {
  if (charts.error)
    return <ErrorState title="Could not load the charts." error={charts.error} onRetry={charts.retry} />;
  if (!charts.data) return <LoadingState label="Loading charts…" />;
  // Months count every event that matches the filters but the dates: none at all means nothing to draw.
  if (!charts.data.facets.months.length)
    return (
      <EmptyState title="No events to chart.">
        <p>{filtered ? 'No events match these filters, whatever their dates.' : 'The dataset has no events.'}</p>
      </EmptyState>
    );
  return (
    <div className="timeline-charts" aria-busy={charts.updating}>
      <NearViewport className="near-viewport--timeline-charts">
        <TimelineCharts
          facets={charts.data.facets}
          companies={charts.data.companies}
          from={charts.data.range.from}
          to={charts.data.range.to}
          onSelectRange={onSelectRange}
        />
      </NearViewport>
    </div>
  );
}
