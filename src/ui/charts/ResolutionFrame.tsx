import { ChartFrame } from '../ChartFrame';
import { buildResolutionSeries } from './barSeries';
import { ChartNotes } from './ChartNotes';
import type { SpecFrameProps } from './entries';
import { SpecBarChart } from './SpecBarChart';

/** Highest output resolution per version. */
export function ResolutionFrame({ entries, id = 'max-resolution', subtitle }: SpecFrameProps) {
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
