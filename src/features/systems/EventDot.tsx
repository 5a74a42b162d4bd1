import { Symbols, type SymbolsProps } from 'recharts';
import { timelineHref } from '../../ui/links';
import { SvgMarkLink } from '../../ui/charts/MarkLink';
import type { EventPoint } from './eventSeries';

/**
 * One event: recharts' own dot (as exports have always drawn it), as a link that opens the event on the
 * timeline filtered to the system.
 */
export function EventDot({ symbol, systemId }: { symbol: SymbolsProps & { payload?: unknown }; systemId: string }) {
  const { cx, cy } = symbol;
  const point = symbol.payload as EventPoint | undefined;
  const dot = <Symbols {...symbol} type="circle" />;
  if (cx === undefined || cy === undefined || !point) return dot;
  const ring = (
    <>
      <circle className="mark-link__hit" cx={cx} cy={cy} r={9} />
      <circle className="mark-link__ring" cx={cx} cy={cy} r={8} />
    </>
  );
  return (
    <SvgMarkLink
      href={timelineHref(systemId, point.id)}
      label={`${point.title}, ${point.dateText} — open on the timeline`}
      ring={ring}
      tipId={point.id}
    >
      {dot}
    </SvgMarkLink>
  );
}
