import type { BarShapeProps } from 'recharts';
import type { BarDatum } from './barSeries';
import { versionHref } from '../links';
import { SvgMarkLink } from './MarkLink';

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
  const row = props.background ?? { x, y, width, height };
  const rowBox = { x: row.x ?? x, y: row.y ?? y, width: row.width ?? width, height: row.height ?? height };
  // The whole row answers a click (a "not disclosed" stub alone would be a small target); focus rings the row.
  const ring = (
    <>
      <rect className="mark-link__hit" {...rowBox} />
      <rect
        className="mark-link__ring"
        {...rowBox}
        x={rowBox.x - 3}
        y={rowBox.y - 3}
        width={rowBox.width + 6}
        height={rowBox.height + 6}
        rx={4}
      />
    </>
  );
  return (
    <SvgMarkLink
      href={versionHref(d.systemId, d.id)}
      label={`${d.label}: ${d.valueText.replace(/\*$/, '')} — open version`}
      ring={ring}
      tipId={d.id}
    >
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
    </SvgMarkLink>
  );
}
