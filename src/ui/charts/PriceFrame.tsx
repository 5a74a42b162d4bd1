import { buildPriceSeries } from './barSeries';
import type { SpecFrameProps } from './entries';
import { SpecBarFrame } from './SpecBarFrame';

/** Published API price per second of video, per version. */
export function PriceFrame({ entries, id = 'price-per-second', subtitle }: SpecFrameProps) {
  return (
    <SpecBarFrame
      id={id}
      series={buildPriceSeries(entries)}
      title="API price per second of video"
      subtitle={subtitle ?? 'US dollars per second of generated video, lowest published tier'}
      describes="the published API price per second of video"
      axisLabel="US dollars per second"
      tickFormat={(v) => `$${v.toFixed(2)}`}
      valueName="Price"
    />
  );
}
