import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { NO_GRID_LINES } from './axes';
import type { BarDatum, BarSeries } from './barSeries';
import { ChartTooltipBox } from './ChartTooltip';
import { HatchPattern } from './HatchPattern';
import { UNKNOWN_COLOR } from './legendKeys';
import { SpecBar } from './SpecBar';
import { svgSafeId } from './svgId';
import { FocusTipArea } from './FocusTipArea';
import { VersionTick } from './VersionTick';

const ROW = 46;

/** Wide enough for the longest version name at the tick's 12 px (about 6.8 px a character), within bounds. */
export function tickWidth(series: BarSeries): number {
  const longest = Math.max(0, ...series.data.map((d) => Math.max(d.versionName.length, d.systemName.length * 0.9)));
  return Math.round(Math.min(200, Math.max(100, longest * 6.8 + 14)));
}

interface Props {
  series: BarSeries;
  /** Axis title with its unit: "seconds". */
  axisLabel: string;
  tickFormat: (value: number) => string;
  /** What the value is, for the tooltip: "Max clip length". */
  valueName: string;
}

const tipBox = (d: BarDatum, valueName: string) => (
  <ChartTooltipBox title={`${d.label} (${d.companyName})`} lines={[`${valueName}: ${d.valueText}`]} notes={d.notes} />
);

/**
 * Horizontal bars, one per version, coloured by company; recharts only draws what the series says. The legend
 * and the empty state are the frame's. A focused bar shows its tooltip below it (the pointer's, by keyboard).
 */
export function SpecBarChart({ series, axisLabel, tickFormat, valueName }: Props) {
  const base = useId();
  const colors = [...new Set(series.data.map((d) => d.color))];
  const extId = (color: string) => svgSafeId(base, `ext-${colors.indexOf(color)}`);
  const ndId = svgSafeId(base, 'nd');
  const byId = new Map(series.data.map((d) => [d.id, d]));
  return (
    <FocusTipArea items={series.data} tip={(d) => tipBox(d, valueName)}>
      <BarChart
        responsive
        style={{ width: '100%', height: series.data.length * ROW + 56 }}
        data={series.data}
        layout="vertical"
        margin={{ top: 4, right: 12, bottom: 20, left: 4 }}
        barCategoryGap="22%"
        accessibilityLayer={false}
      >
        <defs>
          {colors.map((c) => (
            <HatchPattern key={c} id={extId(c)} color={c} />
          ))}
          <HatchPattern id={ndId} color={UNKNOWN_COLOR} />
        </defs>
        <CartesianGrid horizontal={false} horizontalCoordinatesGenerator={NO_GRID_LINES} className="chart-grid" />
        <XAxis
          type="number"
          scale={series.scale}
          domain={[series.domainMin, series.domainMax]}
          ticks={series.ticks}
          interval="preserveStartEnd"
          tickFormatter={tickFormat}
          className="chart-axis"
          label={{ value: axisLabel, position: 'insideBottom', offset: -14, className: 'chart-axis-label' }}
        />
        <YAxis
          type="category"
          dataKey="id"
          width={tickWidth(series)}
          className="chart-axis"
          tick={({ x, y, payload }) => {
            const d = byId.get(String(payload.value));
            return <VersionTick x={x} y={y} width={tickWidth(series)} version={d} chart={valueName} />;
          }}
        />
        <Tooltip
          cursor={{ className: 'chart-cursor' }}
          content={({ active, payload }) => {
            const d = payload?.[0]?.payload as BarDatum | undefined;
            return active && d ? tipBox(d, valueName) : null;
          }}
        />
        <Bar
          dataKey="total"
          isAnimationActive={false}
          background={{ className: 'chart-bar-bg' }}
          shape={(props) => <SpecBar {...props} patterns={{ extension: extId, notDisclosed: ndId }} />}
        />
      </BarChart>
    </FocusTipArea>
  );
}
