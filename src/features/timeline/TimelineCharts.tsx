import { memo } from 'react';
import { InTurn } from '../../ui/InTurn';
import { useTypingPaused } from '../../ui/typing';
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

type Drawn = Omit<ChartsProps, 'onSelectRange'>;
const sameDrawing = (a: Drawn, b: Drawn) =>
  a.facets === b.facets && a.companies === b.companies && a.from === b.from && a.to === b.to;

/**
 * The density chart (which doubles as the date-range brush) and the swim lanes, from the API's aggregates.
 * Memoised on its props as they are: it draws again when the aggregates or the range change, not when the
 * list loads a page, and not while the reader is typing a search (a redraw is a long task the next keystroke
 * would wait for): it catches up at the pause, busy meanwhile.
 */
export const TimelineCharts = memo(function TimelineCharts({ onSelectRange, ...props }: ChartsProps) {
  const { shown, held } = useTypingPaused<Drawn>(props, sameDrawing);
  return (
    // Busy while held; otherwise the panel around says whether the aggregates are behind the filter.
    <div className="timeline-charts__drawn" aria-busy={held || undefined}>
      <DrawnCharts {...shown} onSelectRange={onSelectRange} />
    </div>
  );
});

/** The two charts; they first draw one after the other (InTurn), so neither is part of a long task. */
const DrawnCharts = memo(function DrawnCharts({ facets, companies, from, to, onSelectRange }: ChartsProps) {
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
