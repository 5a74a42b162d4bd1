import { ChartFrame } from '../ChartFrame';
import { buildCapabilityMatrix } from './capabilityMatrix';
import { CapabilityMatrixChart } from './CapabilityMatrixChart';
import { capabilityMatrixSvg } from './capabilityMatrixSvg';
import { dayOf, type SpecFrameProps } from './entries';
import { companyKeys, KEYS, nothingToDraw } from './legendKeys';
import { measureText } from '../export/svgText';

/** Frame rate and capabilities per version, as a matrix of marks (an HTML table on screen, its own SVG in exports). */
export function CapabilityFrame({ entries, id = 'capabilities', subtitle, asOf }: SpecFrameProps) {
  const matrix = buildCapabilityMatrix(entries);
  const day = asOf ?? dayOf(entries);
  return (
    <ChartFrame
      id={id}
      asOf={day}
      title="Capability matrix"
      subtitle={subtitle ?? 'Frame rate and what each version can do; * marks a caveat'}
      description="Matrix of frame rate, native audio, text-to-video, image-to-video, video editing and personalisation for each version: yes, no or not disclosed."
      table={matrix.table}
      sourceIds={matrix.sourceIds}
      legend={[...companyKeys(matrix.legend), KEYS.yes, KEYS.no, KEYS.notDisclosed]}
      notes={matrix.notes}
      empty={matrix.rows.length ? null : nothingToDraw(day)}
      drawSvg={(width, palette) => capabilityMatrixSvg(matrix, width, palette, measureText)}
    >
      <CapabilityMatrixChart matrix={matrix} />
    </ChartFrame>
  );
}
