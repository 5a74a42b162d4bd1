import { buildPriceSeries } from './barSeries';
import { dayOf, type SpecFrameProps } from './entries';
import { SpecBarFrame } from './SpecBarFrame';

/** Published API price per second of video, per version. */
export function PriceFrame({ entries, id = 'price-per-second', subtitle, asOf }: SpecFrameProps) {
  return (
    <SpecBarFrame
      id={id}
      asOf={asOf ?? dayOf(entries)}
      series={buildPriceSeries(entries)}
      title="API price per second of video"
      subtitle={
        subtitle ??
        'US dollars per second of video, each tier at the lowest output height it is sold at (named on the bar)'
      }
      describes="the published API price per second of video"
      axisLabel="US dollars per second"
      tickFormat={(v) => `$${v.toFixed(2)}`}
      valueName="Price"
    />
  );
}
