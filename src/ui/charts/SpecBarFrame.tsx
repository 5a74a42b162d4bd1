import { ChartFrame } from '../ChartFrame';
import type { BarSeries } from './barSeries';
import { companyKeys, describeList, KEYS, nothingToDraw } from './legendKeys';
import { SpecBarChart } from './SpecBarChart';

/** How a spec bar chart reads: its title, subtitle, axis and the words its description and tooltip use. */
export interface SpecChartText {
  title: string;
  subtitle: string;
  /** What the bars show, for the description: "the longest clip each version makes, in seconds". */
  describes: string;
  axisLabel: string;
  tickFormat: (value: number) => string;
  valueName: string;
}

interface Props extends SpecChartText {
  id: string;
  asOf: string | null;
  series: BarSeries;
}

/** One spec as horizontal bars per version, in its frame: the shape the clip-length, resolution and price charts share. */
export function SpecBarFrame({
  id,
  asOf,
  series,
  title,
  subtitle,
  describes,
  axisLabel,
  tickFormat,
  valueName,
}: Props) {
  const legend = [
    ...companyKeys(series.legend),
    ...(series.data.some((d) => d.extension !== null) ? [KEYS.extended] : []),
    ...(series.data.some((d) => d.placeholder !== null) ? [KEYS.notDisclosed] : []),
  ];
  return (
    <ChartFrame
      id={id}
      asOf={asOf}
      title={title}
      subtitle={subtitle}
      description={describeList(
        `Bar chart of ${describes}${series.scale === 'log' ? ', on a log scale' : ''}.`,
        series.data.map((d) => `${d.label}: ${d.valueText}`),
      )}
      table={series.table}
      sourceIds={series.sourceIds}
      legend={legend}
      notes={series.notes}
      empty={series.data.length ? null : nothingToDraw(asOf)}
    >
      <SpecBarChart
        series={series}
        axisLabel={series.scale === 'log' ? `${axisLabel} (log scale)` : axisLabel}
        tickFormat={tickFormat}
        valueName={valueName}
      />
    </ChartFrame>
  );
}
