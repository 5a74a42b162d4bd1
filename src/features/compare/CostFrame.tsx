import { ChartNotes } from '../../ui/charts/ChartNotes';
import { dayOf, type ChartEntry } from '../../ui/charts/entries';
import { SpecBarChart } from '../../ui/charts/SpecBarChart';
import { ChartFrame } from '../../ui/ChartFrame';
import { formatQuantity } from '../../ui/specs';
import { CostControls } from './CostControls';
import type { CostScenario } from './costScenario';
import { buildCostSeries } from './costSeries';

/** What the chosen clip costs with each selected version, with the assumptions under it. */
export function CostFrame({
  entries,
  scenario,
  onScenario,
}: {
  entries: readonly ChartEntry[];
  scenario: CostScenario;
  onScenario: (s: CostScenario) => void;
}) {
  const series = buildCostSeries(entries, scenario);
  const clip = `${formatQuantity(scenario.seconds, 's')} at ${scenario.resolution}p${scenario.audio ? ' with sound' : ', silent'}`;
  return (
    <div className="cost">
      <CostControls scenario={scenario} onChange={onScenario} />
      <ChartFrame
        id="clip-cost"
        asOf={dayOf(entries)}
        title="What a clip costs"
        subtitle={`US dollars for a ${clip}, at API list prices`}
        description={`Bar chart of what a ${clip} costs with each version. ${series.data.map((d) => `${d.label}: ${d.valueText}`).join('; ')}.`}
        table={series.table}
        sourceIds={series.sourceIds}
        notes={<ChartNotes notes={series.notes} />}
      >
        <SpecBarChart series={series} axisLabel="US dollars" tickFormat={(v) => `$${v}`} valueName="Cost" />
      </ChartFrame>
    </div>
  );
}
