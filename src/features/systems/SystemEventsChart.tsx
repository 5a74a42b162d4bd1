import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTooltipBox } from '../../ui/charts/ChartTooltip';
import { formatDate } from '../../ui/format';
import type { EventPoint, EventSeries } from './eventSeries';

const ROW = 34;
const monthOf = (t: number) => formatDate(new Date(t).toISOString().slice(0, 7), 'month');

/** The system's events as dots on one date axis, one row per event type, in the company's colour. */
export function SystemEventsChart({ series, color }: { series: EventSeries; color: string }) {
  const { rows, points, domain, ticks } = series;
  return (
    <ScatterChart
      responsive
      style={{ width: '100%', height: rows.length * ROW + 44 }}
      margin={{ top: 8, right: 16, bottom: 4, left: 4 }}
      accessibilityLayer={false}
    >
      <CartesianGrid className="chart-grid" horizontal={false} />
      <XAxis
        type="number"
        dataKey="x"
        domain={domain}
        ticks={ticks}
        tickFormatter={monthOf}
        className="chart-axis"
        allowDataOverflow
      />
      <YAxis
        type="number"
        dataKey="rowIndex"
        domain={[-0.5, rows.length - 0.5]}
        ticks={rows.map((_, i) => i)}
        tickFormatter={(i: number) => rows[i] ?? ''}
        reversed
        width={108}
        className="chart-axis"
      />
      <Tooltip
        cursor={false}
        content={({ active, payload }) => {
          const p = payload?.[0]?.payload as EventPoint | undefined;
          if (!active || !p) return null;
          return <ChartTooltipBox title={p.title} lines={[`${p.row}, ${p.dateText}`]} />;
        }}
      />
      <Scatter data={points} isAnimationActive={false} fill={color} stroke="var(--surface)" shape="circle" />
    </ScatterChart>
  );
}
