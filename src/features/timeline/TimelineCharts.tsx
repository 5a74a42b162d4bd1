import { memo } from 'react';
import type { Company, EventFacets } from '../../data/schema';
import { DensityChart } from './DensityChart';
import { buildDensitySeries } from './densitySeries';
import { buildSwimLanes } from './laneSeries';
import { SwimLanes } from './SwimLanes';

/** The density chart (which doubles as the date-range brush) and the swim lanes, from the API's aggregates. */
interface Props {
  facets: EventFacets;
  companies: readonly Company[];
  /** The charts draw only the date range of the filter (the rest reaches them through the facets). */
  range: { from: string | null; to: string | null };
  onSelectRange: (range: { from: string; to: string }) => void;
}

/** The range is rebuilt from the URL on every render: compare it by value. */
const sameProps = (a: Props, b: Props) =>
  a.facets === b.facets &&
  a.companies === b.companies &&
  a.onSelectRange === b.onSelectRange &&
  a.range.from === b.range.from &&
  a.range.to === b.range.to;

/** Memoised: it re-renders only when the aggregates or the filter change, never for a keystroke alone. */
export const TimelineCharts = memo(function TimelineCharts({ facets, companies, range, onSelectRange }: Props) {
  const density = buildDensitySeries(facets.months, companies, range, facets.span);
  const extent = { first: density.rows[0]?.month, last: density.rows.at(-1)?.month };
  const first = range.from?.slice(0, 7) ?? extent.first;
  const last = range.to?.slice(0, 7) ?? extent.last;
  const lanes =
    first && last
      ? buildSwimLanes(facets.lanes, companies, first <= last ? { first, last } : { first, last: first })
      : null;
  return (
    <div className="timeline-charts">
      <DensityChart density={density} sourceIds={facets.sourceIds} onSelectRange={onSelectRange} />
      {lanes && <SwimLanes lanes={lanes} sourceIds={facets.sourceIds} />}
    </div>
  );
}, sameProps);
