/** The cost chart's bars and table, drawn by the shared bar chart: one bar per version, unknown costs hatched. */
import { buildBarSeries, type BarSeries } from '../../ui/charts/barSeries';
import { versionLabel, type ChartEntry } from '../../ui/charts/entries';
import { clipCost, costAssumptions, type CostScenario } from './costScenario';

export function buildCostSeries(entries: readonly ChartEntry[], s: CostScenario): BarSeries {
  const costs = new Map(entries.map((e) => [e, clipCost(e, s)]));
  const of = (e: ChartEntry) => costs.get(e)!;
  const series = buildBarSeries(entries, {
    column: { label: 'Cost of the clip', unit: 'USD' },
    value: (e) => of(e).cost,
    notApplicable: (e) => of(e).cannot,
    extra: [
      { column: { key: 'generations', label: 'Generations' }, value: (e) => of(e).generations },
      { column: { key: 'billed', label: 'Seconds billed', unit: 's' }, value: (e) => of(e).billedSeconds },
      { column: { key: 'price', label: 'Price per second', unit: 'USD/s' }, value: (e) => of(e).price?.value ?? null },
      {
        column: { key: 'height', label: 'At output height', unit: 'p' },
        value: (e) => of(e).price?.resolution ?? null,
      },
    ],
  });
  const unknown = entries.flatMap((e) => {
    const reason = of(e).unknown;
    return reason ? [`${versionLabel(e.system, e.version)}: cost not disclosed: ${reason}.`] : [];
  });
  return { ...series, notes: [...costAssumptions(s, entries[0]?.day ?? null), ...unknown, ...series.notes] };
}
