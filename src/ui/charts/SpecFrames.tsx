/**
 * The three spec bar charts, each one configuration of the shared SpecBarFrame: maximum clip length (with the
 * length reached by extending clips), maximum output resolution, and API price per second of video.
 */
import { buildClipLengthSeries, buildPriceSeries, buildResolutionSeries, type BarSeries } from './barSeries';
import { arrangeBars, DEFAULT_BAR_VIEW } from './barView';
import { dayOf, type ChartEntry, type SpecFrameProps } from './entries';
import { SpecBarFrame, type SpecChartText } from './SpecBarFrame';

interface SpecChart extends SpecChartText {
  id: string;
  build: (entries: readonly ChartEntry[]) => BarSeries;
  /** Whether a log axis is offered (values spanning decades: lengths, prices). */
  log: boolean;
}

const CHARTS = {
  clipLength: {
    id: 'max-clip-length',
    build: buildClipLengthSeries,
    log: true,
    title: 'Maximum clip length',
    subtitle: 'Seconds of video from one generation; hatched: length reached by extending clips',
    describes: 'the longest clip each version makes, in seconds',
    axisLabel: 'seconds',
    tickFormat: (v) => `${v} s`,
    valueName: 'Max clip length',
  },
  resolution: {
    id: 'max-resolution',
    build: buildResolutionSeries,
    log: false,
    title: 'Maximum output resolution',
    subtitle: 'Output height in pixels (1080p = 1920×1080 at 16:9)',
    describes: 'the highest output resolution of each version',
    axisLabel: 'pixels high (p)',
    tickFormat: (v) => `${v}p`,
    valueName: 'Max resolution',
  },
  price: {
    id: 'price-per-second',
    build: buildPriceSeries,
    log: true,
    title: 'API price per second of video',
    subtitle: 'US dollars per second of video, each tier at the lowest output height it is sold at (named on the bar)',
    describes: 'the published API price per second of video',
    axisLabel: 'US dollars per second',
    tickFormat: (v) => `$${v.toFixed(2)}`,
    valueName: 'Price',
  },
} satisfies Record<string, SpecChart>;

function frameOf(chart: SpecChart) {
  return function SpecFrame({ entries, id, subtitle, asOf, view = DEFAULT_BAR_VIEW }: SpecFrameProps) {
    const { build, log, ...text } = chart;
    return (
      <SpecBarFrame
        {...text}
        id={id ?? chart.id}
        asOf={asOf ?? dayOf(entries)}
        series={arrangeBars(build(entries), view, log)}
        subtitle={subtitle ?? chart.subtitle}
      />
    );
  };
}

/** Longest clip per version, with the length reached by extending clips and the caveats. */
export const ClipLengthFrame = frameOf(CHARTS.clipLength);
/** Highest output resolution per version. */
export const ResolutionFrame = frameOf(CHARTS.resolution);
/** Published API price per second of video, per tier. */
export const PriceFrame = frameOf(CHARTS.price);
