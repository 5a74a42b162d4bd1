import { buildClipLengthSeries } from './barSeries';
import { dayOf, type SpecFrameProps } from './entries';
import { SpecBarFrame } from './SpecBarFrame';

/** Longest clip per version, with the length reached by extending clips and the caveats. */
export function ClipLengthFrame({ entries, id = 'max-clip-length', subtitle, asOf }: SpecFrameProps) {
  return (
    <SpecBarFrame
      id={id}
      asOf={asOf ?? dayOf(entries)}
      series={buildClipLengthSeries(entries)}
      title="Maximum clip length"
      subtitle={subtitle ?? 'Seconds of video from one generation; hatched: length reached by extending clips'}
      describes="the longest clip each version makes, in seconds"
      axisLabel="seconds"
      tickFormat={(v) => `${v} s`}
      valueName="Max clip length"
    />
  );
}
