import type { Company, EventFacets } from '../../data/schema';
import { DensityChart } from './DensityChart';
import { buildDensitySeries } from './densitySeries';
import { buildSwimLanes } from './laneSeries';
import { SwimLanes } from './SwimLanes';
import type { TimelineFilter } from './timelineSearch';

/** The density chart (which doubles as the date-range brush) and the swim lanes, from the API's aggregates. */
export function TimelineCharts({
  facets,
  companies,
  filter,
  onSelectRange,
}: {
  facets: EventFacets;
  companies: readonly Company[];
  filter: TimelineFilter;
  onSelectRange: (range: { from: string; to: string }) => void;
}) {
  const density = buildDensitySeries(facets.months, companies, filter, facets.span);
  const extent = { first: density.rows[0]?.month, last: density.rows.at(-1)?.month };
  const first = filter.from?.slice(0, 7) ?? extent.first;
  const last = filter.to?.slice(0, 7) ?? extent.last;
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
}
