import { CapabilityFrame } from '../../ui/charts/CapabilityFrame';
import { ClipLengthFrame, PriceFrame, ResolutionFrame } from '../../ui/charts/SpecFrames';
import { ChronologyFrame } from '../../ui/charts/ChronologyFrame';
import { LengthPriceFrame } from '../../ui/charts/LengthPriceFrame';
import { DownloadAllButton } from '../../ui/export/DownloadAllButton';
import { BarViewControls } from '../../ui/BarViewControls';
import type { BarView } from '../../ui/charts/barView';
import { InTurn } from '../../ui/InTurn';
import { CostFrame } from './CostFrame';
import type { CostScenario } from './costScenario';
import type { ResolvedSelection } from './selection';

/** The comparison charts of the current selection, and one zip of them all. They draw one at a time (InTurn). */
export function CompareCharts({
  selection,
  asOf,
  scenario,
  onScenario,
  view,
  onView,
}: {
  selection: ResolvedSelection;
  asOf: string | undefined;
  scenario: CostScenario;
  onScenario: (s: CostScenario) => void;
  view: BarView;
  onView: (v: BarView) => void;
}) {
  return (
    <section aria-labelledby="compare-charts-title">
      <h2 id="compare-charts-title">Charts</h2>
      <DownloadAllButton />
      <BarViewControls
        view={view}
        onChange={onView}
        logHint="Log scale: clip length, price, length versus price and cost"
      />
      <div className="chart-grid-layout">
        <InTurn>
          <ClipLengthFrame entries={selection.entries} asOf={asOf ?? null} view={view} />
        </InTurn>
        <InTurn>
          <ResolutionFrame entries={selection.entries} asOf={asOf ?? null} view={view} />
        </InTurn>
        <InTurn>
          <CapabilityFrame entries={selection.entries} asOf={asOf ?? null} />
        </InTurn>
        <InTurn>
          <PriceFrame entries={selection.entries} asOf={asOf ?? null} view={view} />
        </InTurn>
        <div className="chart-grid-layout__wide">
          <InTurn>
            <LengthPriceFrame entries={selection.entries} asOf={asOf ?? null} view={view} />
          </InTurn>
        </div>
        <div className="chart-grid-layout__wide">
          <InTurn>
            <CostFrame entries={selection.entries} scenario={scenario} onScenario={onScenario} view={view} />
          </InTurn>
        </div>
        <div className="chart-grid-layout__wide">
          <InTurn>
            <ChronologyFrame
              entries={selection.chronology}
              asOf={asOf ?? null}
              subtitle="Every version of the selected systems; filled: released, hollow: announced only, ×: retired"
            />
          </InTurn>
        </div>
      </div>
    </section>
  );
}
