/**
 * Pressing, dragging and releasing over the density chart selects a range of months, with a mouse, a pen or
 * a finger alike (pointer events). The month comes from where the pointer is, never from the tooltip's last
 * hover: a tap or a click that arrives without a hover picks the month under it.
 */
import { useCallback, useRef, useState, type PointerEvent } from 'react';
import { dragRange } from './densitySeries';
import { monthAt, type PlotBox } from './monthAt';

export function useMonthDrag(months: readonly string[], onSelect: (range: { from: string; to: string }) => void) {
  const [drag, setDrag] = useState<{ start: string; end: string } | null>(null);
  const plot = useRef<PlotBox | null>(null);

  const at = (e: PointerEvent<HTMLElement>, clamp: boolean) => {
    const box = e.currentTarget.getBoundingClientRect();
    if (!plot.current) return null;
    return monthAt({ x: e.clientX - box.left, y: e.clientY - box.top }, plot.current, months, clamp);
  };

  const handlers = {
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      const month = e.isPrimary && e.button === 0 ? at(e, false) : null;
      if (!month) return;
      e.currentTarget.setPointerCapture?.(e.pointerId);
      setDrag({ start: month, end: month });
    },
    onPointerMove: (e: PointerEvent<HTMLElement>) => {
      const month = drag && at(e, true);
      if (month && month !== drag.end) setDrag({ ...drag, end: month });
    },
    onPointerUp: (e: PointerEvent<HTMLElement>) => {
      const end = drag && (at(e, true) ?? drag.end);
      if (drag && end) onSelect(dragRange(drag.start, end));
      setDrag(null);
    },
    onPointerCancel: () => setDrag(null),
  };

  /** Where the chart's plot is: the chart reports it once it has laid itself out. */
  const setPlot = useCallback((box: PlotBox | undefined) => {
    plot.current = box ?? null;
  }, []);

  return { drag, handlers, setPlot };
}
