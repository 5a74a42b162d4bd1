import { ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis, CartesianGrid } from 'recharts';
import { formatDate } from '../format';
import { NO_GRID_LINES, rowAxis, timeAxis } from './axes';
import type { Chronology, ChronologyPoint } from './chronology';
import { ChartTooltipBox } from './ChartTooltip';
import { ChronologyPointShape, KIND_TEXT } from './ChronologyPointShape';
import { FocusTipArea } from './FocusTipArea';

const ROW = 76;

/** "as of 1 Jun 2025" above the plot, beside the top of the as-of line, leaning away from the nearer edge. */
function AsOfLabel({ x = 0, y = 0, text, leansLeft }: { x?: number; y?: number; text: string; leansLeft: boolean }) {
  return (
    <text
      className="chart-axis-label chart-asof__label"
      x={leansLeft ? x - 4 : x + 4}
      y={y - 8}
      textAnchor={leansLeft ? 'end' : 'start'}
    >
      {text}
    </text>
  );
}

const tipBox = (p: ChronologyPoint) => (
  <ChartTooltipBox title={`${p.label} (${p.companyName})`} lines={[`${KIND_TEXT[p.kind]}: ${p.dateText}`]} />
);

/** Every version on one date axis, one row per system, coloured by company (the legend is the frame's). */
export function ChronologyChart({ chronology, showLabels = true }: { chronology: Chronology; showLabels?: boolean }) {
  const { points, rows, domain, ticks, asOf } = chronology;
  const companies = [...new Set(points.map((p) => p.companyName))];
  const asOfText = asOf === null ? '' : `as of ${formatDate(new Date(asOf).toISOString().slice(0, 10))}`;
  const asOfAt = asOf === null ? 0 : (asOf - domain[0]) / (domain[1] - domain[0]);
  return (
    <>
      <p className="chart-scroll__hint muted" aria-hidden="true">
        Scroll sideways to see the whole timeline →
      </p>
      <div
        className="chart-scroll"
        tabIndex={0}
        role="group"
        aria-label="Release chronology chart (scrolls sideways on narrow screens)"
      >
        <FocusTipArea items={points} tip={tipBox}>
          <div className="chart-scroll__inner">
            <ScatterChart
              responsive
              style={{ width: '100%', height: rows.length * ROW + 50 }}
              // With an as-of line, a band above the plot holds its label, clear of the first row's version labels.
              margin={{ top: asOf === null ? 14 : 30, right: 24, bottom: 8, left: 4 }}
              accessibilityLayer={false}
            >
              <CartesianGrid className="chart-grid" horizontal={false} horizontalCoordinatesGenerator={NO_GRID_LINES} />
              <XAxis {...timeAxis(domain, ticks)} />
              <YAxis {...rowAxis(rows, 108)} />
              {asOf !== null && (
                <ReferenceLine
                  x={asOf}
                  className="chart-asof"
                  strokeDasharray="4 3"
                  label={(props: { viewBox?: { x?: number; y?: number } }) => (
                    <AsOfLabel {...props.viewBox} text={asOfText} leansLeft={asOfAt > 0.5} />
                  )}
                />
              )}
              <Tooltip
                cursor={false}
                content={({ active, payload }) => {
                  const p = payload?.[0]?.payload as ChronologyPoint | undefined;
                  return active && p ? tipBox(p) : null;
                }}
              />
              {companies.map((name) => (
                <Scatter
                  key={name}
                  name={name}
                  data={points.filter((p) => p.companyName === name)}
                  isAnimationActive={false}
                  shape={(props: { cx?: number; cy?: number; payload?: ChronologyPoint }) => (
                    <ChronologyPointShape {...props} showLabel={showLabels} />
                  )}
                />
              ))}
            </ScatterChart>
          </div>
        </FocusTipArea>
      </div>
    </>
  );
}
