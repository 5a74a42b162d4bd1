/**
 * The density chart's brush from the keyboard: the left and right arrows move the selected months, Shift with
 * an arrow widens the selection that way, Home and End go to the first and last month, Enter applies it as the
 * date range and Escape drops it. The selection starts as the range in force (or the last month).
 */
import { useState, type KeyboardEvent } from 'react';
import { monthName } from '../../data/dates';
import { dragRange } from './densitySeries';

interface Span {
  start: number;
  end: number;
}

export function useMonthKeys(
  rows: readonly { month: string; inRange: boolean }[],
  onSelect: (range: { from: string; to: string }) => void,
) {
  const [span, setSpan] = useState<Span | null>(null);
  const last = rows.length - 1;
  const applied = (): Span => {
    const inRange = rows.flatMap((r, i) => (r.inRange ? [i] : []));
    if (!inRange.length || inRange.length === rows.length) return { start: last, end: last };
    return { start: inRange[0]!, end: inRange.at(-1)! };
  };
  const current = span ?? applied();
  const clamp = (i: number) => Math.max(0, Math.min(last, i));

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (last < 0) return;
    const { start, end } = current;
    const width = end - start;
    let next: Span | null = null;
    if (e.key === 'ArrowLeft' && e.shiftKey) next = { start: clamp(start - 1), end };
    else if (e.key === 'ArrowRight' && e.shiftKey) next = { start, end: clamp(end + 1) };
    else if (e.key === 'ArrowLeft') next = { start: clamp(start - 1), end: clamp(start - 1) + width };
    else if (e.key === 'ArrowRight') next = { start: clamp(end + 1) - width, end: clamp(end + 1) };
    else if (e.key === 'Home') next = { start: 0, end: width };
    else if (e.key === 'End') next = { start: last - width, end: last };
    else if (e.key === 'Enter' && span) {
      onSelect(dragRange(rows[start]!.month, rows[end]!.month));
      setSpan(null);
    } else if (e.key === 'Escape' && span) setSpan(null);
    else return;
    e.preventDefault();
    e.stopPropagation();
    if (next) setSpan(next);
  };

  const text = (s: Span) =>
    s.start === s.end
      ? monthName(rows[s.start]!.month)
      : `${monthName(rows[s.start]!.month)} to ${monthName(rows[s.end]!.month)}`;

  return {
    /** The months chosen but not yet applied, to draw. */
    selection: span && last >= 0 ? { start: rows[span.start]!.month, end: rows[span.end]!.month } : null,
    keyProps: {
      onKeyDown,
      onBlur: () => setSpan(null),
      'aria-valuemin': 0,
      'aria-valuemax': Math.max(0, last),
      'aria-valuenow': current.start,
      'aria-valuetext':
        last < 0 ? 'no months' : span ? `${text(span)}, press Enter to apply` : `${text(current)} (in force)`,
    },
  };
}
