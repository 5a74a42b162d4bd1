import { ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis, CartesianGrid } from 'recharts';
import { formatDate } from '../format';
import { rowAxis, timeAxis } from './axes';
import type { Chronology, ChronologyPoint } from './chronology';
import { ChartTooltipBox } from './ChartTooltip';
import { ChronologyPointShape, KIND_TEXT } from './ChronologyPointShape';

const ROW = 76;

/** Every version on one date axis, one row per system, coloured by company (the legend is the frame's). */
export function ChronologyChart({ chronology, showLabels = true }: { chronology: Chronology; showLabels?: boolean }) {
  const { points, rows, domain, ticks, asOf } = chronology;
  const companies = [...new Set(points.map((p) => p.companyName))];
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
        <div className="chart-scroll__inner">
          <ScatterChart
            responsive
            style={{ width: '100%', height: rows.length * ROW + 50 }}
            margin={{ top: 14, right: 24, bottom: 8, left: 4 }}
            accessibilityLayer={false}
          >
            <CartesianGrid className="chart-grid" horizontal={false} />
            <XAxis {...timeAxis(domain, ticks)} />
            <YAxis {...rowAxis(rows, 108)} />
            {asOf !== null && (
              <ReferenceLine
                x={asOf}
                className="chart-asof"
                strokeDasharray="4 3"
                label={{
                  value: `as of ${formatDate(new Date(asOf).toISOString().slice(0, 10))}`,
                  position: 'insideTopRight',
                  className: 'chart-axis-label',
                }}
              />
            )}
            <Tooltip
              cursor={false}
              content={({ active, payload }) => {
                const p = payload?.[0]?.payload as ChronologyPoint | undefined;
                if (!active || !p) return null;
                return (
                  <ChartTooltipBox
                    title={`${p.label} (${p.companyName})`}
                    lines={[`${KIND_TEXT[p.kind]}: ${p.dateText}`]}
                  />
                );
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
      </div>
    </>
  );
}
