/**
 * "Jump to a date": the list scrolls to the first event on or after a day (the earliest such event), loading
 * further pages until it is loaded or the list ends, then puts focus on that event's title.
 */
import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { endDay } from '../../data/dates';
import type { Event } from '../../data/schema';
import { formatDate } from '../../ui/format';
import type { EventRow } from './eventRows';
import type { ListOrder } from './timelineSearch';

/** Pages a jump may load before it says to take another way (at 100,000 events a date can be far down). */
export const MAX_JUMP_PAGES = 20;

export interface JumpRequest {
  day: string;
  /** A new number for each request, so jumping to the same day twice scrolls twice. */
  seq: number;
}

/** An event known only to its month counts as on its month's last day (it may be as late as that). */
const lastDay = (e: Event) => (e.precision === 'month' ? endDay(e.date) : e.date);

/** The row to go to, null when more must load first, or 'none' when no event is on or after the day. */
export function jumpTarget(rows: readonly EventRow[], day: string, order: ListOrder, complete: boolean) {
  const events = rows.flatMap((r, i) => (r.kind === 'event' ? [{ i, e: r.event }] : []));
  if (order === 'oldest') {
    const hit = events.find(({ e }) => lastDay(e) >= day);
    return hit ? hit : complete ? 'none' : null;
  }
  const before = events.findIndex(({ e }) => lastDay(e) < day);
  if (before === -1) return complete ? (events.at(-1) ?? 'none') : null;
  return before === 0 ? 'none' : events[before - 1]!;
}

export function useJumpToDay({
  jump,
  rows,
  order,
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
  virtualizer,
  onDone,
}: {
  jump: JumpRequest | null;
  rows: readonly EventRow[];
  order: ListOrder;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  onDone: (message: string) => void;
}) {
  const loads = useRef({ seq: -1, pages: 0 });
  useEffect(() => {
    if (!jump) return;
    if (loads.current.seq !== jump.seq) loads.current = { seq: jump.seq, pages: 0 };
    const target = jumpTarget(rows, jump.day, order, !hasNextPage);
    if (target === null) {
      if (isFetchingNextPage) return;
      if (loads.current.pages++ >= MAX_JUMP_PAGES) {
        const other = order === 'newest' ? 'Oldest first' : 'Newest first';
        onDone(`${formatDate(jump.day)} is far down the list: choose “${other}” or set the date range to reach it.`);
        return;
      }
      fetchNextPage();
      return;
    }
    if (target === 'none') {
      onDone(`No event on or after ${formatDate(jump.day)} in this view.`);
      return;
    }
    virtualizer.scrollToIndex(target.i, { align: 'start' });
    onDone(
      `Showing the first event on or after ${formatDate(jump.day)}: ${formatDate(target.e.date, target.e.precision)}.`,
    );
    // Focus follows once the row is drawn (onDone ends the request, so this is not cancelled with it).
    setTimeout(() => {
      document.querySelector<HTMLElement>(`[data-event-open="${CSS.escape(target.e.id)}"]`)?.focus();
    }, 60);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs for a request and as pages arrive
  }, [jump, rows.length, hasNextPage, isFetchingNextPage]);
}
