/** A category tick in two lines: the system (muted) above the version's name. */
export function VersionTick({
  x,
  y,
  lines,
}: {
  x: number | string;
  y: number | string;
  lines: { system: string; version: string } | undefined;
}) {
  if (!lines) return null;
  const single = lines.system === lines.version;
  return (
    <text x={x} y={y} textAnchor="end" className="chart-tick">
      {single ? (
        <tspan x={x} dy="0.35em">
          {lines.version}
        </tspan>
      ) : (
        <>
          <tspan x={x} dy="-0.25em" className="chart-tick__system">
            {lines.system}
          </tspan>
          <tspan x={x} dy="1.15em">
            {lines.version}
          </tspan>
        </>
      )}
    </text>
  );
}
