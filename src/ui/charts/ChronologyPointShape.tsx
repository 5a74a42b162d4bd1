import type { ChronologyPoint } from './chronology';
import { LANE_OFFSET, labelText } from './chronologyLabels';
import { versionHref } from '../links';
import { SvgMarkLink } from './MarkLink';

export const KIND_TEXT = { released: 'Released', announced: 'Announced', retired: 'Retired' } as const;

const cross = (x: number, y: number, r: number) =>
  `M${x - r},${y - r}L${x + r},${y + r}M${x - r},${y + r}L${x + r},${y - r}`;

/**
 * A release (filled) or an announcement only (hollow), with the version's name above or below it; a retirement
 * is a cross labelled "retired".
 */
export function ChronologyPointShape({
  cx,
  cy,
  payload,
  showLabel,
}: {
  cx?: number;
  cy?: number;
  payload?: ChronologyPoint;
  showLabel: boolean;
}) {
  if (cx === undefined || cy === undefined || !payload) return null;
  const filled = payload.kind === 'released';
  const size = payload.tier ? 0.65 : 1;
  const text = showLabel ? labelText(payload) : null;
  const retired = payload.kind === 'retired';
  const ring = (
    <>
      <circle className="mark-link__hit" cx={cx} cy={cy} r={11} />
      <circle className="mark-link__ring" cx={cx} cy={cy} r={10 * size} />
    </>
  );
  return (
    <SvgMarkLink
      href={versionHref(payload.systemId, payload.versionId)}
      label={`${payload.label}: ${KIND_TEXT[payload.kind].toLowerCase()} ${payload.dateText} — open version`}
      ring={ring}
      tipId={payload.id}
    >
      <g className={retired ? 'chronology-point chronology-point--retired' : 'chronology-point'}>
        {retired ? (
          <path d={cross(cx, cy, 5 * size)} stroke={payload.color} strokeWidth={2.5} />
        ) : (
          <circle
            cx={cx}
            cy={cy}
            r={6 * size}
            fill={filled ? payload.color : 'transparent'}
            stroke={payload.color}
            strokeWidth={filled ? 1 : 2.5}
          />
        )}
        {text && (
          <text
            className="chart-label chart-label--small chart-label--halo"
            x={cx + (payload.labelAnchor === 'start' ? -6 : payload.labelAnchor === 'end' ? 6 : 0)}
            y={cy + LANE_OFFSET[payload.labelLane]}
            textAnchor={payload.labelAnchor}
          >
            {text}
          </text>
        )}
      </g>
    </SvgMarkLink>
  );
}
