/**
 * Which mark's tooltip shows, and where (FocusTipArea draws it): when a mark link (SvgMarkLink with a `tipId`)
 * takes focus, below the mark (above it, in the lower part of the chart); Escape hides it, and so does blur.
 * Spread `handlers` on a positioned element around the chart (the tip is placed inside it).
 */
import { useState, type FocusEvent, type KeyboardEvent } from 'react';

export interface FocusTip {
  id: string;
  /** Where to draw the tip, in px from the wrapper's top left corner. */
  left: number;
  top: number;
  /** `top` is the mark's top edge and the tip goes above it (the mark is low in the chart). */
  above: boolean;
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
      const above = row.bottom - box.top > box.height * 0.6;
      const top = above ? row.top - box.top - 4 : row.bottom - box.top + 4;
      setTip({ id, left: Math.max(0, Math.min(row.left - box.left, box.width - 240)), top, above });
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
