import { useState } from 'react';
import type { Company, System } from '../../data/schema';
import { BarViewControls } from '../../ui/BarViewControls';
import { DEFAULT_BAR_VIEW } from '../../ui/charts/barView';
import { headlineVersion } from '../../data/lifecycle';
import { ChronologyFrame } from '../../ui/charts/ChronologyFrame';
import { entriesOf } from '../../ui/charts/entries';
import { ClipLengthFrame, ResolutionFrame } from '../../ui/charts/SpecFrames';
import { InTurn } from '../../ui/InTurn';

/**
 * Three headline charts: the latest version of each system by clip length and resolution, and all releases. They
 * draw one at a time (InTurn), so no task is long.
 */
export function HeadlineCharts({ systems, companies }: { systems: System[]; companies: Company[] }) {
  const latest = entriesOf(systems, companies, (s, v) => headlineVersion(s) === v);
  const all = entriesOf(systems, companies, () => true);
  const [view, setView] = useState(DEFAULT_BAR_VIEW);
  return (
    <>
      <BarViewControls view={view} onChange={setView} logHint="Log scale: clip length" />
      <div className="chart-grid-layout">
        <InTurn>
          <ClipLengthFrame
            id="overview-clip-length"
            entries={latest}
            view={view}
            subtitle="Latest version of each system, seconds; hatched: reached by extending clips"
          />
        </InTurn>
        <InTurn>
          <ResolutionFrame
            id="overview-resolution"
            entries={latest}
            view={view}
            subtitle="Latest version of each system, output height in pixels"
          />
        </InTurn>
        <div className="chart-grid-layout__wide">
          <InTurn>
            <ChronologyFrame id="overview-chronology" entries={all} />
          </InTurn>
        </div>
      </div>
    </>
  );
}
