/**
 * Keyboard users get the tooltip mouse users get: when a mark link (SvgMarkLink with a `tipId`) takes focus, its
 * tooltip shows next to it, below the mark's row; Escape hides it (focus stays), and it goes with the focus.
 * Spread `handlers` on an element around the chart that is positioned (the tip is placed inside it).
 */
import { useState, type FocusEvent, type KeyboardEvent } from 'react';

export interface FocusTip {
  id: string;
  /** Where to draw the tip, in px from the wrapper's top left corner. */
  left: number;
  top: number;
}

export function useFocusTip() {
  const [tip, setTip] = useState<FocusTip | null>(null);
  const handlers = {
    onFocus: (e: FocusEvent<HTMLElement>) => {
      const mark = e.target instanceof Element ? e.target.closest('[data-tip]') : null;
      const id = mark?.getAttribute('data-tip');
      if (!mark || !id) return setTip(null);
      const box = e.currentTarget.getBoundingClientRect();
      const row = mark.getBoundingClientRect();
      setTip({ id, left: Math.max(0, row.left - box.left), top: row.bottom - box.top + 4 });
    },
    onBlur: () => setTip(null),
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (e.key !== 'Escape' || !tip) return;
      // Escape hides the tip first; a second Escape goes on to whatever else it closes.
      e.stopPropagation();
      setTip(null);
    },
  };
  return { tip, handlers };
}
