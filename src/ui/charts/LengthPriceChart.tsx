import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTooltipBox } from './ChartTooltip';
import type { LengthPricePoint, LengthPriceSeries } from './lengthPrice';

const LOG = ' (log scale)';

/** One dot per version: longest clip across, price per second up; each labelled with its name. */
export function LengthPriceChart({ series }: { series: LengthPriceSeries }) {
  const log = series.scale === 'log';
  return (
    <div className="length-price">
      <ScatterChart
        responsive
        style={{ width: '100%', height: 340 }}
        margin={{ top: 16, right: 32, bottom: 24, left: 12 }}
        accessibilityLayer={false}
      >
        <CartesianGrid className="chart-grid" />
        <XAxis
          type="number"
          dataKey="x"
          scale={series.scale}
          domain={series.x.domain}
          ticks={series.x.ticks}
          allowDataOverflow
          tickFormatter={(v: number) => `${v} s`}
          className="chart-axis"
          label={{
            value: `longest single generation, seconds${log ? LOG : ''}`,
            position: 'insideBottom',
            offset: -14,
            className: 'chart-axis-label',
          }}
        />
        <YAxis
          type="number"
          dataKey="y"
          scale={series.scale}
          domain={series.y.domain}
          ticks={series.y.ticks}
          allowDataOverflow
          width={64}
          tickFormatter={(v: number) => `$${v.toFixed(2)}`}
          className="chart-axis"
          label={{
            value: `US dollars per second${log ? LOG : ''}`,
            angle: -90,
            position: 'insideLeft',
            offset: 0,
            dy: 70,
            className: 'chart-axis-label',
          }}
        />
        <Tooltip
          cursor={false}
          content={({ active, payload }) => {
            const p = payload?.[0]?.payload as LengthPricePoint | undefined;
            if (!active || !p) return null;
            return (
              <ChartTooltipBox
                title={`${p.label} (${p.companyName})`}
                lines={[`Max clip length: ${p.xText}`, `Price: ${p.yText}`]}
                notes={p.notes}
              />
            );
          }}
        />
        <Scatter
          data={series.points}
          isAnimationActive={false}
          shape={({ cx = 0, cy = 0, payload: p }: { cx?: number; cy?: number; payload?: LengthPricePoint }) => (
            <g>
              <circle cx={cx} cy={cy} r={6} fill={p?.color} />
              <DotLabel point={p} cx={cx} cy={cy} />
            </g>
          )}
        />
      </ScatterChart>
      {series.missing.length > 0 && (
        <aside className="length-price__missing" aria-label="Not drawn: not disclosed">
          <p className="length-price__missing-title">Not disclosed</p>
          <ul>
            {series.missing.map((m) => (
              <li key={m.label}>
                {m.label}: {m.what}
              </li>
            ))}
          </ul>
        </aside>
      )}
    </div>
  );
}

const LINE_EM = 1.15;

/** A dot's label beside it; a shared label stacked one name a line, centred on the dot. */
function DotLabel({ point, cx, cy }: { point?: LengthPricePoint; cx: number; cy: number }) {
  const lines = point?.labelLines ?? [];
  const x = point?.labelLeft ? cx - 10 : cx + 10;
  const props = {
    className: 'chart-label chart-label--halo',
    x,
    y: cy,
    dominantBaseline: 'central' as const,
    textAnchor: point?.labelLeft ? ('end' as const) : ('start' as const),
  };
  if (lines.length < 2) return <text {...props}>{point?.labelText}</text>;
  return (
    <text {...props}>
      {lines.map((line, i) => (
        <tspan key={line} x={x} dy={`${i === 0 ? (-(lines.length - 1) * LINE_EM) / 2 : LINE_EM}em`}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
