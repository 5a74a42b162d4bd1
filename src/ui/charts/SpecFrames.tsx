/**
 * The comparison charts, each in its ChartFrame with its table and sources. Used by Overview and Compare;
 * the series come from the pure builders, the components only draw them.
 */
import { ChartFrame } from '../ChartFrame';
import { buildClipLengthSeries, buildPriceSeries, buildResolutionSeries } from './barSeries';
import { buildCapabilityMatrix } from './capabilityMatrix';
import { CapabilityMatrixChart } from './CapabilityMatrixChart';
import { ChartNotes } from './ChartNotes';
import type { ChartEntry } from './entries';
import { SpecBarChart } from './SpecBarChart';

interface FrameProps {
  entries: readonly ChartEntry[];
  id?: string;
  subtitle?: string;
}

const seconds = (v: number) => `${v} s`;

export function ClipLengthFrame({ entries, id = 'max-clip-length', subtitle }: FrameProps) {
  const series = buildClipLengthSeries(entries);
  return (
    <ChartFrame
      id={id}
      title="Maximum clip length"
      subtitle={subtitle ?? 'Seconds of video from one generation; hatched: length reached by extending clips'}
      description={`Bar chart of the longest clip each version makes, in seconds. ${series.data
        .map((d) => `${d.label}: ${d.valueText}`)
        .join('; ')}.`}
      table={series.table}
      sourceIds={series.sourceIds}
      notes={<ChartNotes notes={series.notes} />}
    >
      <SpecBarChart series={series} axisLabel="seconds" tickFormat={seconds} valueName="Max clip length" />
    </ChartFrame>
  );
}

export function ResolutionFrame({ entries, id = 'max-resolution', subtitle }: FrameProps) {
  const series = buildResolutionSeries(entries);
  return (
    <ChartFrame
      id={id}
      title="Maximum output resolution"
      subtitle={subtitle ?? 'Output height in pixels (1080p = 1920×1080 at 16:9)'}
      description={`Bar chart of the highest output resolution of each version. ${series.data
        .map((d) => `${d.label}: ${d.valueText}`)
        .join('; ')}.`}
      table={series.table}
      sourceIds={series.sourceIds}
      notes={<ChartNotes notes={series.notes} />}
    >
      <SpecBarChart
        series={series}
        axisLabel="pixels high (p)"
        tickFormat={(v) => `${v}p`}
        valueName="Max resolution"
      />
    </ChartFrame>
  );
}

export function PriceFrame({ entries, id = 'price-per-second', subtitle }: FrameProps) {
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

export function CapabilityFrame({ entries, id = 'capabilities', subtitle }: FrameProps) {
  const matrix = buildCapabilityMatrix(entries);
  return (
    <ChartFrame
      id={id}
      title="Capability matrix"
      subtitle={subtitle ?? 'Frame rate and what each version can do; * marks a caveat'}
      description="Matrix of frame rate, native audio, text-to-video, image-to-video, video editing and personalisation for each version: yes, no or not disclosed."
      table={matrix.table}
      sourceIds={matrix.sourceIds}
      notes={<ChartNotes notes={matrix.notes} />}
    >
      <CapabilityMatrixChart matrix={matrix} />
    </ChartFrame>
  );
}
