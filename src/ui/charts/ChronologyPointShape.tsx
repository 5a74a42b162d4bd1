import type { ChronologyPoint } from './chronology';

/** A release (filled) or an announcement only (hollow), with the version's name above or below it. */
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
  return (
    <g className="chronology-point">
      <circle
        cx={cx}
        cy={cy}
        r={6}
        fill={filled ? payload.color : 'transparent'}
        stroke={payload.color}
        strokeWidth={filled ? 1 : 2.5}
      />
      {showLabel && (
        <text
          className="chart-label chart-label--small chart-label--halo"
          x={cx + (payload.labelAnchor === 'start' ? -6 : payload.labelAnchor === 'end' ? 6 : 0)}
          y={payload.labelSide === 'above' ? cy - 11 : cy + 19}
          textAnchor={payload.labelAnchor}
        >
          {payload.versionName}
        </text>
      )}
    </g>
  );
}
