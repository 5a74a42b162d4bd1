import { buildResolutionSeries } from './barSeries';
import { dayOf, type SpecFrameProps } from './entries';
import { SpecBarFrame } from './SpecBarFrame';

/** Highest output resolution per version. */
export function ResolutionFrame({ entries, id = 'max-resolution', subtitle, asOf }: SpecFrameProps) {
  return (
    <SpecBarFrame
      id={id}
      asOf={asOf ?? dayOf(entries)}
      series={buildResolutionSeries(entries)}
      title="Maximum output resolution"
      subtitle={subtitle ?? 'Output height in pixels (1080p = 1920×1080 at 16:9)'}
      describes="the highest output resolution of each version"
      axisLabel="pixels high (p)"
      tickFormat={(v) => `${v}p`}
      valueName="Max resolution"
    />
  );
}
