import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTooltipBox } from '../../ui/charts/ChartTooltip';
import { NO_GRID_LINES, rowAxis, timeAxis } from '../../ui/charts/axes';
import { FocusTipArea } from '../../ui/charts/FocusTipArea';
import type { EventPoint, EventSeries } from './eventSeries';
import { EventDot } from './EventDot';

const ROW = 34;

const tipBox = (p: EventPoint) => <ChartTooltipBox title={p.title} lines={[`${p.row}, ${p.dateText}`]} />;

/** The system's events as dots on one date axis, one row per event type, in the company's colour. */
export function SystemEventsChart({
  series,
  color,
  systemId,
}: {
  series: EventSeries;
  color: string;
  /** Each dot opens its event on the timeline filtered to this system. */
  systemId: string;
}) {
  const { rows, points, domain, ticks } = series;
  return (
    <FocusTipArea items={points} tip={tipBox}>
      <ScatterChart
        responsive
        style={{ width: '100%', height: rows.length * ROW + 44 }}
        margin={{ top: 8, right: 16, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <CartesianGrid className="chart-grid" horizontal={false} horizontalCoordinatesGenerator={NO_GRID_LINES} />
        <XAxis {...timeAxis(domain, ticks)} />
        <YAxis {...rowAxis(rows, 108)} />
        <Tooltip
          cursor={false}
          content={({ active, payload }) => {
            const p = payload?.[0]?.payload as EventPoint | undefined;
            return active && p ? tipBox(p) : null;
          }}
        />
        <Scatter
          data={points}
          isAnimationActive={false}
          fill={color}
          stroke="var(--surface)"
          shape={(props) => <EventDot symbol={props} systemId={systemId} />}
        />
      </ScatterChart>
    </FocusTipArea>
  );
}
