/**
 * Where a day falls in a list of events, by the timeline's "jump to a date" rule: the earliest event on or after the
 * day, where an event known only to its month counts as on the month's last day (it may be as late as that). The
 * API's `at` on /events opens a list there; the timeline finds it in the rows it has loaded by the same function.
 *
 * - oldest first: the first event of the list that is on or after the day;
 * - newest first: the event just above the first one before the day (the last of the list when none is before).
 */
import { endDay } from './dates';
import type { Event } from './schema';

const lastDay = (e: Event) => (e.precision === 'month' ? endDay(e.date) : e.date);

/** The position (0-based, in list order) of the event a jump to `day` goes to, or null when there is none. */
export function positionAt(
  count: number,
  eventAt: (k: number) => Event,
  day: string,
  order: 'newest' | 'oldest',
): number | null {
  if (order === 'oldest') {
    for (let k = 0; k < count; k++) if (lastDay(eventAt(k)) >= day) return k;
    return null;
  }
  for (let k = 0; k < count; k++) if (lastDay(eventAt(k)) < day) return k === 0 ? null : k - 1;
  return count > 0 ? count - 1 : null;
}
