import { memo } from 'react';
import { InTurn } from '../../ui/InTurn';
import type { Company, EventFacets } from '../../data/schema';
import { DensityChart } from './DensityChart';
import { buildDensitySeries } from './densitySeries';
import { buildSwimLanes } from './laneSeries';
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
 * list loads a page. The two first draw one after the other (InTurn), so neither is part of a long task.
 */
export const TimelineCharts = memo(function TimelineCharts({
  facets,
  companies,
  from,
  to,
  onSelectRange,
}: ChartsProps) {
  const density = buildDensitySeries(facets.months, companies, { from, to }, facets.span);
  const first = from?.slice(0, 7) ?? density.rows[0]?.month;
  const last = to?.slice(0, 7) ?? density.rows.at(-1)?.month;
  const lanes =
    first && last
      ? buildSwimLanes(facets.lanes, companies, first <= last ? { first, last } : { first, last: first })
      : null;
  return (
    <>
      <InTurn>
        <DensityChart density={density} sourceIds={facets.sourceIds} onSelectRange={onSelectRange} />
      </InTurn>
      {lanes && (
        <InTurn>
          <SwimLanes lanes={lanes} sourceIds={facets.sourceIds} />
        </InTurn>
      )}
    </>
  );
});

export default TimelineCharts;
