import { useEffect, useId } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  usePlotArea,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartFrame } from '../../ui/ChartFrame';
import { formatNumber } from '../../ui/format';
import { NO_GRID_LINES } from '../../ui/charts/axes';
import { ChartTooltipBox } from '../../ui/charts/ChartTooltip';
import { monthName, monthShort } from '../../data/dates';
import { densityChartData, densityTable, densityYAxis, type Density } from './densitySeries';
import type { PlotBox } from './monthAt';
import { useMonthDrag } from './useMonthDrag';
import { useMonthKeys } from './useMonthKeys';

interface Props {
  density: Density;
  sourceIds: readonly string[];
  onSelectRange: (range: { from: string; to: string }) => void;
}

/** Tells the chart's owner where the plot is, once recharts has laid it out (and again when it moves). */
function PlotReporter({ onPlot }: { onPlot: (plot: PlotBox | undefined) => void }) {
  const plot = usePlotArea();
  useEffect(() => onPlot(plot), [onPlot, plot]);
  return null;
}

/**
 * Events per month, stacked by company, above the list. Bars inside the date range are the list's events;
 * dragging across months (or clicking or tapping one) sets the date range.
 */
export function DensityChart({ density, sourceIds, onSelectRange }: Props) {
  const months = density.rows.map((r) => r.month);
  const { drag, handlers, setPlot } = useMonthDrag(months, onSelectRange);
  const keys = useMonthKeys(density.rows, onSelectRange);
  const shown = drag ?? keys.selection;
  const hintId = useId();
  const data = densityChartData(density);
  const yAxis = densityYAxis(density);
  const byMonth = new Map(density.rows.map((r) => [r.month, r]));

  return (
    <ChartFrame
      id="event-density"
      title="Events per month"
      subtitle="Stacked by company (each event counted once, under its lead company). Drag across months, or use the arrow keys, to set the date range."
      description="A stacked bar chart of the number of events per month by company. Months outside the selected date range are faded; the grey part counts events that match the other filters but fall outside the range."
      table={densityTable(density)}
      sourceIds={sourceIds}
      legend={density.series.map((s) => ({ label: s.label, color: s.color, mark: 'swatch' }))}
    >
      <p id={hintId} className="visually-hidden">
        Left and right arrows move the months; Shift with an arrow widens the selection; Enter applies it as the date
        range; Escape cancels.
      </p>
      <div
        className="density-chart"
        data-testid="density-chart"
        role="slider"
        tabIndex={0}
        aria-label="Months to set as the date range"
        aria-describedby={hintId}
        aria-orientation="horizontal"
        {...keys.keyProps}
        {...handlers}
      >
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <PlotReporter onPlot={setPlot} />
            <CartesianGrid vertical={false} verticalCoordinatesGenerator={NO_GRID_LINES} className="chart-grid" />
            <XAxis dataKey="month" tickFormatter={monthShort} minTickGap={16} className="chart-axis" />
            <YAxis
              domain={[0, yAxis.ticks.at(-1) ?? 1]}
              ticks={yAxis.ticks}
              tickFormatter={formatNumber}
              interval={0}
              width={yAxis.width}
              className="chart-axis"
            />
            <Tooltip
              cursor={{ fill: 'var(--badge-bg)' }}
              isAnimationActive={false}
              content={({ active, label }) => {
                const row = active && typeof label === 'string' ? byMonth.get(label) : undefined;
                if (!row) return null;
                const lines = density.series
                  .filter((s) => row.counts[s.key])
                  .map((s) => `${s.label}: ${formatNumber(row.counts[s.key] ?? 0)}`);
                return (
                  <ChartTooltipBox title={`${monthName(row.month)}: ${formatNumber(row.total)} listed`} lines={lines} />
                );
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
                x1={shown.start}
                x2={shown.end}
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
