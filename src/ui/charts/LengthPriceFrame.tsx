import { ChartFrame } from '../ChartFrame';
import { DEFAULT_BAR_VIEW } from './barView';
import { dayOf, type SpecFrameProps } from './entries';
import { buildLengthPriceSeries } from './lengthPrice';
import { LengthPriceChart } from './LengthPriceChart';
import { companyKeys, describeList } from './legendKeys';

/** Longest clip against price per second, one dot per version; versions missing a figure listed beside it. */
export function LengthPriceFrame({ entries, id = 'length-vs-price', asOf, view = DEFAULT_BAR_VIEW }: SpecFrameProps) {
  const series = buildLengthPriceSeries(entries, view.scale);
  const day = asOf ?? dayOf(entries);
  const empty = series.points.length
    ? null
    : 'Nothing to draw: no selected video model discloses both its longest clip and its price.';
  return (
    <ChartFrame
      id={id}
      asOf={day}
      title="Clip length versus price"
      subtitle="Longest single generation (seconds) against API price per second of video, one dot per version"
      description={describeList('Scatter chart of the longest clip against the price per second of each version.', [
        ...series.points.map((p) => `${p.label}: ${p.xText}, ${p.yText}`),
        ...series.missing.map((m) => `${m.label}: ${m.what} not disclosed`),
      ])}
      table={series.table}
      sourceIds={series.sourceIds}
      legend={companyKeys(series.legend)}
      notes={series.notes}
      empty={empty}
    >
      <LengthPriceChart series={series} />
    </ChartFrame>
  );
}
