import { Symbols } from 'recharts';
import { monthName } from '../../data/dates';
import { formatNumber } from '../../ui/format';
import { SvgMarkLink } from '../../ui/charts/MarkLink';
import type { LanePoint } from './laneSeries';

/** What recharts gives a scatter point's shape (the part of it this one uses). */
export interface LaneDotShape {
  cx?: number;
  cy?: number;
  x?: number;
  y?: number;
  size?: number;
  width?: number;
  height?: number;
  payload?: LanePoint;
}

interface Props extends LaneDotShape {
  /** Focusing the dot shows this tooltip of the chart's FocusTipArea. */
  tipId?: string | undefined;
  color: string;
  /** The company's name, for the link's name. */
  lane: string;
  hrefFor: (month: string) => string;
}

/**
 * A swim lane's dot (one company's events in one month) as a link to the timeline filtered to them: that company
 * and that month, the rest of the view kept. Drawn as recharts draws a scatter point, so an export (where marks
 * are not links) is unchanged.
 */
export function LaneDot({ cx, cy, x, y, size = 64, width = 0, height, payload, tipId, color, lane, hrefFor }: Props) {
  if (cx === undefined || cy === undefined || !payload) return null;
  const r = width / 2;
  const ring = (
    <>
      <circle className="mark-link__hit" cx={cx} cy={cy} r={Math.max(r, 8)} />
      <circle className="mark-link__ring" cx={cx} cy={cy} r={r + 3} />
    </>
  );
  const events = `${formatNumber(payload.count)} ${payload.count === 1 ? 'event' : 'events'}`;
  return (
    <SvgMarkLink
      href={hrefFor(payload.month)}
      label={`${lane}, ${monthName(payload.month)}: ${events} — show them`}
      ring={ring}
      tipId={tipId}
    >
      <Symbols
        {...{ x, y, width, height }}
        cx={cx}
        cy={cy}
        type="circle"
        size={size}
        fill={color}
        fillOpacity={0.85}
        stroke="var(--surface)"
      />
    </SvgMarkLink>
  );
}
