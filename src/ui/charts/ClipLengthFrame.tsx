import { ChartFrame } from '../ChartFrame';
import { buildClipLengthSeries } from './barSeries';
import { ChartNotes } from './ChartNotes';
import type { SpecFrameProps } from './entries';
import { SpecBarChart } from './SpecBarChart';

const seconds = (v: number) => `${v} s`;

/** Longest clip per version, with the length reached by extending clips and the caveats. */
export function ClipLengthFrame({ entries, id = 'max-clip-length', subtitle }: SpecFrameProps) {
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
