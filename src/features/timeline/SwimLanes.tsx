import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import { ChartFrame } from '../../ui/ChartFrame';
import { formatNumber } from '../../ui/format';
import { NO_GRID_LINES, rowAxis, timeAxis } from '../../ui/charts/axes';
import { ChartTooltipBox } from '../../ui/charts/ChartTooltip';
import { FocusTipArea } from '../../ui/charts/FocusTipArea';
import { endDay, monthName } from '../../data/dates';
import { useRouter } from '@tanstack/react-router';
import { LaneDot, type LaneDotShape } from './LaneDot';
import { swimLanesTable, tickLabel, type LanePoint, type SwimLanes as Lanes } from './laneSeries';

const LANE_HEIGHT = 34;
/** A month needs this many pixels to be told apart; a narrower screen scrolls the lanes sideways. */
const MONTH_PX = 14;
const LABELS_PX = 130;

/** A dot's tooltip, for the pointer and for keyboard focus alike. */
function tipBox(lane: string, point: LanePoint) {
  const count = `${formatNumber(point.count)} ${point.count === 1 ? 'event' : 'events'}: ${point.kinds}`;
  return <ChartTooltipBox title={`${lane}, ${monthName(point.month)}`} lines={[count]} />;
}

/**
 * One lane per company on a shared month axis, so that competitors' moves line up. Each dot is a link to its
 * company's events of that month.
 */
export function SwimLanes({ lanes, sourceIds }: { lanes: Lanes; sourceIds: readonly string[] }) {
  const names = lanes.lanes.map((l) => l.name);
  const maxCount = Math.max(1, ...lanes.lanes.flatMap((l) => l.points.map((p) => p.count)));
  const [min, max] = lanes.domain;
  const minWidth = LABELS_PX + MONTH_PX * (max - min + 1);
  // A focused dot shows the tooltip a pointer shows (FocusTipArea), found by its company and month.
  const tips = lanes.lanes.flatMap((l) =>
    l.points.map((point) => ({ id: `${l.companyId}:${point.month}`, lane: l.name, point })),
  );
  const router = useRouter();
  // A dot opens the timeline filtered to its company and month, the rest of the view (types, search…) kept.
  const hrefFor = (companyId: string, month: string) =>
    router.buildLocation({
      to: '/timeline',
      search: (prev: Record<string, unknown>) => ({
        ...prev,
        company: [companyId],
        from: `${month}-01`,
        to: endDay(month),
        event: undefined,
      }),
    }).href;
  return (
    <ChartFrame
      id="event-swim-lanes"
      title="Who moved when"
      subtitle="One lane per company; a dot per month with events, larger for more events."
      description="A swim-lane chart: each company has a lane on a shared month axis, with a dot for each month in which it had matching events, sized by the number of events."
      table={swimLanesTable(lanes)}
      sourceIds={sourceIds}
    >
      {minWidth > 360 && (
        <p className="lanes-hint muted" aria-hidden="true">
          Scroll sideways to see every month →
        </p>
      )}
      <FocusTipArea items={tips} tip={(t) => tipBox(t.lane, t.point)}>
        <div className="lanes-scroll" tabIndex={0} role="group" aria-label="Who moved when, scrolls sideways">
          <div style={{ minWidth }}>
            <ResponsiveContainer width="100%" height={LANE_HEIGHT * Math.max(names.length, 1) + 48}>
              <ScatterChart margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
                <CartesianGrid
                  horizontal={false}
                  horizontalCoordinatesGenerator={NO_GRID_LINES}
                  className="chart-grid"
                />
                <XAxis {...timeAxis([min - 0.5, max + 0.5], lanes.ticks, tickLabel)} />
                <YAxis {...rowAxis(names, 116, 'y')} />
                <ZAxis type="number" dataKey="count" domain={[1, maxCount]} range={[30, 300]} />
                {names.map((name, i) => (
                  <ReferenceLine key={name} y={i} stroke="var(--border)" />
                ))}
                <Tooltip
                  isAnimationActive={false}
                  cursor={false}
                  content={({ active, payload }) => {
                    const point = active ? (payload[0]?.payload as LanePoint | undefined) : undefined;
                    const lane = point ? lanes.lanes[point.y] : undefined;
                    if (!point || !lane) return null;
                    return tipBox(lane.name, point);
                  }}
                />
                {lanes.lanes.map((lane) => (
                  <Scatter
                    key={lane.companyId}
                    name={lane.name}
                    data={lane.points}
                    fill={lane.color}
                    fillOpacity={0.85}
                    stroke="var(--surface)"
                    isAnimationActive={false}
                    shape={(point: LaneDotShape) => (
                      <LaneDot
                        {...point}
                        tipId={point.payload && `${lane.companyId}:${point.payload.month}`}
                        color={lane.color}
                        lane={lane.name}
                        hrefFor={(month) => hrefFor(lane.companyId, month)}
                      />
                    )}
                  />
                ))}
              </ScatterChart>
            </ResponsiveContainer>
          </div>
        </div>
      </FocusTipArea>
    </ChartFrame>
  );
}
