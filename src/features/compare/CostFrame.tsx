import { companyKeys, describeList, KEYS } from '../../ui/charts/legendKeys';
import { dayOf, type ChartEntry } from '../../ui/charts/entries';
import { SpecBarChart } from '../../ui/charts/SpecBarChart';
import { arrangeBars, type BarView } from '../../ui/charts/barView';
import { ChartFrame } from '../../ui/ChartFrame';
import { formatQuantity } from '../../ui/specs';
import { CostControls } from './CostControls';
import type { CostScenario } from './costScenario';
import { buildCostSeries } from './costSeries';

/** What the chosen clip costs with each selected version, with its inputs above and its assumptions under it. */
export function CostFrame({
  entries,
  scenario,
  onScenario,
  view,
}: {
  entries: readonly ChartEntry[];
  scenario: CostScenario;
  /** Absent (an embedded chart): the scenario is fixed by the link and no inputs are drawn. */
  onScenario?: (s: CostScenario) => void;
  view: BarView;
}) {
  const series = arrangeBars(buildCostSeries(entries, scenario), view);
  const clip = `${formatQuantity(scenario.seconds, 's')} at ${scenario.resolution}p${scenario.audio ? ' with sound' : ', silent'}`;
  const legend = [
    ...companyKeys(series.legend),
    ...(series.data.some((d) => d.placeholder !== null) ? [KEYS.notDisclosed] : []),
  ];
  return (
    <div className="cost">
      {onScenario && <CostControls scenario={scenario} onChange={onScenario} />}
      <ChartFrame
        id="clip-cost"
        asOf={dayOf(entries)}
        title="What a clip costs"
        subtitle={`US dollars for a ${clip}, at API list prices`}
        description={describeList(
          `Bar chart of what a ${clip} costs with each version${series.scale === 'log' ? ', on a log scale' : ''}.`,
          series.data.map((d) => `${d.label}: ${d.valueText}`),
        )}
        table={series.table}
        sourceIds={series.sourceIds}
        legend={legend}
        notes={series.notes}
        empty={series.data.length ? null : `No selected version can make a ${clip}: see the notes below.`}
      >
        <SpecBarChart
          series={series}
          axisLabel={series.scale === 'log' ? 'US dollars (log scale)' : 'US dollars'}
          tickFormat={(v) => `$${v}`}
          valueName="Cost"
        />
      </ChartFrame>
    </div>
  );
}
