import { versionHref } from '../links';
import type { BarDatum } from './barSeries';
import { SvgMarkLink } from './MarkLink';

const HEIGHT = 34;

/**
 * A category tick in two lines: the system (muted) above the version's name. On the page it links to the version,
 * as the bar beside it does; Tab stops at the bar only (the same place, with the value and its tooltip), so each
 * version is one tab stop, while a click on the name and a screen reader's list of links both find it.
 */
export function VersionTick({
  x,
  y,
  width,
  version: d,
  chart,
}: {
  x: number | string;
  y: number | string;
  /** The axis' width: the tick's click target spans it. */
  width: number;
  version: BarDatum | undefined;
  /** What the chart shows ("Max clip length"): the page has a tick per version in each chart, each named apart. */
  chart: string;
}) {
  if (!d) return null;
  const [nx, ny] = [Number(x), Number(y)];
  const hit = { x: nx - width + 4, y: ny - HEIGHT / 2, width: width - 4, height: HEIGHT };
  const ring = (
    <>
      <rect className="mark-link__hit" {...hit} />
      <rect className="mark-link__ring" {...hit} rx={4} />
    </>
  );
  return (
    <SvgMarkLink
      href={versionHref(d.systemId, d.id)}
      label={`${d.label} in ${chart} — open version`}
      ring={ring}
      tabStop={false}
    >
      <TickText x={x} y={y} lines={{ system: d.systemName, version: d.versionName }} />
    </SvgMarkLink>
  );
}

function TickText({
  x,
  y,
  lines,
}: {
  x: number | string;
  y: number | string;
  lines: { system: string; version: string };
}) {
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
