import { ChartFrame } from '../ChartFrame';
import { buildCapabilityMatrix } from './capabilityMatrix';
import { CapabilityMatrixChart } from './CapabilityMatrixChart';
import { ChartNotes } from './ChartNotes';
import { dayOf, type SpecFrameProps } from './entries';

/** Frame rate and capabilities per version, as a matrix of marks. */
export function CapabilityFrame({ entries, id = 'capabilities', subtitle }: SpecFrameProps) {
  const matrix = buildCapabilityMatrix(entries);
  return (
    <ChartFrame
      id={id}
      asOf={dayOf(entries)}
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
