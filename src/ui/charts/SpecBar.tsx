import type { BarShapeProps } from 'recharts';
import type { BarDatum } from './barSeries';

export interface SpecBarPatterns {
  /** Pattern id of the hatched extension in a given colour. */
  extension: (color: string) => string;
  notDisclosed: string;
}

const CHAR_WIDTH = 6.6;

/**
 * One bar: the disclosed value in the company's colour, a hatched extension beyond it, or a grey hatched
 * stub for "not disclosed"; the value in words at its end (inside the bar when there is no room after it).
 */
export function SpecBar(props: BarShapeProps & { patterns: SpecBarPatterns }) {
  const d = props.payload as BarDatum;
  const { x, y, width, height, patterns } = props;
  const baseWidth = d.placeholder !== null ? 0 : width * d.baseShare;
  const rowRight = props.background ? (props.background.x ?? 0) + props.background.width : x + width + 200;
  // The full text after the bar if it fits, else the short text after it, else the short text inside it.
  const fits = (text: string) => x + width + 6 + text.length * CHAR_WIDTH <= rowRight;
  const text = fits(d.valueText) ? d.valueText : d.shortText;
  const outside = fits(text) || text.length * CHAR_WIDTH > width - 8;
  return (
    <g className="spec-bar">
      {baseWidth > 0 && <rect x={x} y={y} width={baseWidth} height={height} fill={d.color} rx={2} />}
      {d.extension !== null && (
        <rect
          x={x + baseWidth}
          y={y}
          width={Math.max(0, width - baseWidth)}
          height={height}
          fill={`url(#${patterns.extension(d.color)})`}
          stroke={d.color}
          strokeWidth={1}
        />
      )}
      {d.placeholder !== null && (
        <rect
          className="spec-bar__nd"
          x={x}
          y={y}
          width={width}
          height={height}
          fill={`url(#${patterns.notDisclosed})`}
        />
      )}
      <text
        className={outside ? 'chart-label' : 'chart-label chart-label--halo'}
        x={outside ? x + width + 6 : x + width - 6}
        y={y + height / 2}
        dominantBaseline="central"
        textAnchor={outside ? 'start' : 'end'}
      >
        {text}
      </text>
    </g>
  );
}
