/**
 * Keyboard users get the tooltip mouse users get: around a chart, shows the shared tooltip of the mark link that has
 * focus (SvgMarkLink with a `tipId`), beside it; Escape hides it (focus stays), and it goes with the focus.
 * The chart is this area's `children`, made by the caller: showing a tip re-renders the area, not the chart, so the
 * focused mark stays the same element (recharts makes its marks anew whenever their shape function changes).
 */
import type { ReactNode } from 'react';
import { useFocusTip } from './useFocusTip';

export function FocusTipArea<T extends { id: string }>({
  items,
  tip: tipOf,
  children,
}: {
  /** The marks' data, found by the focused mark's `tipId`. */
  items: readonly T[];
  /** The tooltip of one item: the same ChartTooltipBox the pointer's tooltip shows. */
  tip: (item: T) => ReactNode;
  children: ReactNode;
}) {
  const { tip, handlers } = useFocusTip();
  const item = tip && items.find((d) => d.id === tip.id);
  return (
    <div className={item ? 'focus-tip-area focus-tip-area--tip' : 'focus-tip-area'} {...handlers}>
      {children}
      {item && (
        <div
          className={tip.above ? 'focus-tip focus-tip--above' : 'focus-tip'}
          role="tooltip"
          style={{ left: tip.left, top: tip.top }}
        >
          {tipOf(item)}
        </div>
      )}
    </div>
  );
}
