import { CapabilityFrame } from '../../ui/charts/CapabilityFrame';
import { ClipLengthFrame, PriceFrame, ResolutionFrame } from '../../ui/charts/SpecFrames';
import { ChronologyFrame } from '../../ui/charts/ChronologyFrame';
import { DownloadAllButton } from '../../ui/export/DownloadAllButton';
import { CostFrame } from './CostFrame';
import type { CostScenario } from './costScenario';
import type { ResolvedSelection } from './selection';

/** The five comparison charts of the current selection, and one zip of them all. */
export function CompareCharts({
  selection,
  asOf,
  scenario,
  onScenario,
}: {
  selection: ResolvedSelection;
  asOf: string | undefined;
  scenario: CostScenario;
  onScenario: (s: CostScenario) => void;
}) {
  return (
    <section aria-labelledby="compare-charts-title">
      <h2 id="compare-charts-title">Charts</h2>
      <DownloadAllButton />
      <div className="chart-grid-layout">
        <ClipLengthFrame entries={selection.entries} asOf={asOf ?? null} />
        <ResolutionFrame entries={selection.entries} asOf={asOf ?? null} />
        <CapabilityFrame entries={selection.entries} asOf={asOf ?? null} />
        <PriceFrame entries={selection.entries} asOf={asOf ?? null} />
        <div className="chart-grid-layout__wide">
          <CostFrame entries={selection.entries} scenario={scenario} onScenario={onScenario} />
        </div>
        <div className="chart-grid-layout__wide">
          <ChronologyFrame
            entries={selection.chronology}
            asOf={asOf ?? null}
            subtitle="Every version of the selected systems; filled: released, hollow: announced only, ×: retired"
          />
        </div>
      </div>
    </section>
  );
}
