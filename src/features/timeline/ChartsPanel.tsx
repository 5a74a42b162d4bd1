import { memo } from 'react';
import type { Company, EventFacets } from '../../data/schema';
import { EmptyState, ErrorState, LoadingState } from '../../ui/QueryStates';
import { DensityChart } from './DensityChart';
import { buildDensitySeries } from './densitySeries';
import { buildSwimLanes } from './laneSeries';
import type { Panel } from './panel';
import { SwimLanes } from './SwimLanes';

interface ChartsProps {
  facets: EventFacets;
  companies: readonly Company[];
  /** The date range the aggregates answer (the rest of the filter reaches the charts through them). */
  from: string | null;
  to: string | null;
  onSelectRange: (range: { from: string; to: string }) => void;
}

/**
 * The density chart (which doubles as the date-range brush) and the swim lanes, from the API's aggregates.
 * Memoised on its props as they are: it draws again when the aggregates or the range change, not when the
 * list loads a page.
 */
const TimelineCharts = memo(function TimelineCharts({ facets, companies, from, to, onSelectRange }: ChartsProps) {
  const density = buildDensitySeries(facets.months, companies, { from, to }, facets.span);
  const first = from?.slice(0, 7) ?? density.rows[0]?.month;
  const last = to?.slice(0, 7) ?? density.rows.at(-1)?.month;
  const lanes =
    first && last
      ? buildSwimLanes(facets.lanes, companies, first <= last ? { first, last } : { first, last: first })
      : null;
  return (
    <>
      <DensityChart density={density} sourceIds={facets.sourceIds} onSelectRange={onSelectRange} />
      {lanes && <SwimLanes lanes={lanes} sourceIds={facets.sourceIds} />}
    </>
  );
});

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
      <TimelineCharts
        facets={charts.data.facets}
        companies={charts.data.companies}
        from={charts.data.range.from}
        to={charts.data.range.to}
        onSelectRange={onSelectRange}
      />
    </div>
  );
}
