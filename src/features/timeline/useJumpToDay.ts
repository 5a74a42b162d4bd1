/**
 * "Jump to a date": the list scrolls to the earliest event on or after a day and puts focus on its title. When the
 * loaded pages show where that is, it is found there; otherwise one request opens the list at the day (the API's
 * `at`), however far down the list it is (at 100,000 events, tens of thousands of rows), and pages load both ways
 * from there.
 */
import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { positionAt } from '../../data/dayPosition';
import type { Event } from '../../data/schema';
import { formatDate } from '../../ui/format';
import type { EventRow } from './eventRows';
import type { ListOrder } from './timelineSearch';
import type { ListSource } from './useListSource';

export interface JumpRequest {
  day: string;
  /** A new number for each request, so jumping to the same day twice scrolls twice. */
  seq: number;
}

/**
 * The row to go to in rows loaded from the top of the list, null when they do not show it (more must load), or
 * 'none' when no event is on or after the day: the rule of the API's `at` (data/dayPosition.ts), over the rows.
 */
export function jumpTarget(rows: readonly EventRow[], day: string, order: ListOrder, complete: boolean) {
  const events = rows.flatMap((r, i) => (r.kind === 'event' ? [{ i, e: r.event }] : []));
  const k = positionAt(events.length, (j) => events[j]!.e, day, order);
  // The answer may lie past the last loaded row: none found oldest first; newest first, none loaded, or the last
  // one loaded because no loaded event is before the day.
  const past = order === 'oldest' ? k === null : k === null ? events.length === 0 : k === events.length - 1;
  if (past && !complete) return null;
  return k === null ? 'none' : events[k]!;
}

const noEvent = (day: string) => `No event on or after ${formatDate(day)} in this view.`;

export function useJumpToDay({
  jump,
  rows,
  order,
  source,
  openAt,
  virtualizer,
  onDone,
}: {
  jump: JumpRequest | null;
  rows: readonly EventRow[];
  order: ListOrder;
  source: ListSource;
  /** Opens the list at a day; resolves to the event it begins with, or null when none is on or after the day. */
  openAt: (day: string) => Promise<Event | null>;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  onDone: (message: string) => void;
}) {
  // The event to scroll to once its row is in the list (after a jump that opened the list at the day).
  const pending = useRef<{ id: string; day: string } | null>(null);
  /** Scrolls to the event and focuses its title when its row is there; says whether it was. */
  const reach = (id: string, day: string) => {
    const i = rows.findIndex((r) => r.kind === 'event' && r.event.id === id);
    if (i === -1) return false;
    const { event } = rows[i] as Extract<EventRow, { kind: 'event' }>;
    virtualizer.scrollToIndex(i, { align: 'start' });
    onDone(`Showing the first event on or after ${formatDate(day)}: ${formatDate(event.date, event.precision)}.`);
    // Focus follows once the row is drawn (onDone ends the request, so this is not cancelled with it).
    setTimeout(() => document.querySelector<HTMLElement>(`[data-event-open="${CSS.escape(id)}"]`)?.focus(), 60);
    return true;
  };
  const latest = useRef(reach);
  useEffect(() => {
    latest.current = reach;
  });

  useEffect(() => {
    if (!jump) return;
    pending.current = null;
    // Only rows loaded from the top say for sure where a day falls (the API answers for the whole list).
    const local = source.offset === 0 ? jumpTarget(rows, jump.day, order, !source.hasNextPage) : null;
    if (local === 'none') return onDone(noEvent(jump.day));
    if (local) return void reach(local.e.id, jump.day);
    let live = true;
    openAt(jump.day).then(
      (first) => {
        if (!live) return;
        if (!first) onDone(noEvent(jump.day));
        else if (!latest.current(first.id, jump.day)) pending.current = { id: first.id, day: jump.day };
      },
      () => live && onDone(`Could not open the list at ${formatDate(jump.day)}. Try again.`),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once per request
  }, [jump]);

  // The list opened at the day arrives in a later render.
  useEffect(() => {
    const target = pending.current;
    if (target && reach(target.id, target.day)) pending.current = null;
  });
}
