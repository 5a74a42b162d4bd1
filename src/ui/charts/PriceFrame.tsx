import { ChartFrame } from '../ChartFrame';
import { buildPriceSeries } from './barSeries';
import { ChartNotes } from './ChartNotes';
import type { SpecFrameProps } from './entries';
import { SpecBarChart } from './SpecBarChart';

/** Published API price per second of video, per version. */
export function PriceFrame({ entries, id = 'price-per-second', subtitle }: SpecFrameProps) {
  const series = buildPriceSeries(entries);
  return (
    <ChartFrame
      id={id}
      title="API price per second of video"
      subtitle={subtitle ?? 'US dollars per second of generated video, lowest published tier'}
      description={`Bar chart of the published API price per second of video. ${series.data
        .map((d) => `${d.label}: ${d.valueText}`)
        .join('; ')}.`}
      table={series.table}
      sourceIds={series.sourceIds}
      notes={<ChartNotes notes={series.notes} />}
    >
      <SpecBarChart
        series={series}
        axisLabel="US dollars per second"
        tickFormat={(v) => `$${v.toFixed(2)}`}
        valueName="Price"
      />
    </ChartFrame>
  );
}
