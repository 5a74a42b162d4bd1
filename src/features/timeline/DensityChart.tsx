import { useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type MouseHandlerDataParam,
} from 'recharts';
import { ChartFrame } from '../../ui/ChartFrame';
import { ChartTooltipBox } from './ChartTooltipBox';
import { monthName, monthShort } from '../../data/dates';
import { densityChartData, densityTable, dragRange, type Density } from './densitySeries';

interface Props {
  density: Density;
  sourceIds: readonly string[];
  onSelectRange: (range: { from: string; to: string }) => void;
}

const AXIS = { fill: 'var(--muted)', fontSize: 12 };
const monthOf = (s: MouseHandlerDataParam) => (typeof s.activeLabel === 'string' ? s.activeLabel : null);

/**
 * Events per month, stacked by company, above the list. Bars inside the date range are the list's events;
 * dragging across months (or clicking one) sets the date range.
 */
export function DensityChart({ density, sourceIds, onSelectRange }: Props) {
  // While the button is down: where the drag started and where it is now. The start can be unknown for a
  // moment (a press before the chart has tracked the pointer); the first move then sets it.
  const [drag, setDrag] = useState<{ start: string | null; end: string | null } | null>(null);
  const data = densityChartData(density);
  const byMonth = new Map(density.rows.map((r) => [r.month, r]));

  const start = (s: MouseHandlerDataParam) => setDrag({ start: monthOf(s), end: monthOf(s) });
  const move = (s: MouseHandlerDataParam) => {
    const month = monthOf(s);
    if (month) setDrag((d) => d && { start: d.start ?? month, end: month });
  };
  const end = (s: MouseHandlerDataParam) => {
    const last = monthOf(s) ?? drag?.end ?? null;
    const first = drag?.start ?? last;
    if (drag && first && last) onSelectRange(dragRange(first, last));
    setDrag(null);
  };
  const shown = drag?.start && drag.end ? { x1: drag.start, x2: drag.end } : null;

  return (
    <ChartFrame
      id="event-density"
      title="Events per month"
      subtitle="Stacked by company (each event counted once, under its lead company). Drag across months to set the date range."
      description="A stacked bar chart of the number of events per month by company. Months outside the selected date range are faded; the grey part counts events that match the other filters but fall outside the range."
      table={densityTable(density)}
      sourceIds={sourceIds}
      legend={density.series.map((s) => ({ label: s.label, color: s.color, mark: 'swatch' }))}
    >
      <div className="density-chart" data-testid="density-chart">
        <ResponsiveContainer width="100%" height={240}>
          <BarChart
            data={data}
            margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
            onMouseDown={start}
            onMouseMove={move}
            onMouseUp={end}
            onMouseLeave={end}
            onTouchStart={start}
            onTouchMove={move}
            onTouchEnd={end}
          >
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis dataKey="month" tickFormatter={monthShort} tick={AXIS} minTickGap={16} stroke="var(--border)" />
            <YAxis allowDecimals={false} width={28} tick={AXIS} stroke="var(--border)" />
            <Tooltip
              cursor={{ fill: 'var(--badge-bg)' }}
              isAnimationActive={false}
              content={({ active, label }) => {
                const row = active && typeof label === 'string' ? byMonth.get(label) : undefined;
                if (!row) return null;
                const lines = density.series
                  .filter((s) => row.counts[s.key])
                  .map((s) => `${s.label}: ${row.counts[s.key]}`);
                return <ChartTooltipBox title={`${monthName(row.month)}: ${row.total} listed`} lines={lines} />;
              }}
            />
            {density.series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} stackId="events" fill={s.color} isAnimationActive={false}>
                {density.rows.map((r) => (
                  <Cell key={r.month} fillOpacity={r.inRange ? 1 : 0.3} />
                ))}
              </Bar>
            ))}
            {shown && (
              <ReferenceArea
                x1={shown.x1}
                x2={shown.x2}
                fill="var(--focus)"
                fillOpacity={0.18}
                ifOverflow="extendDomain"
              />
            )}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  );
}
