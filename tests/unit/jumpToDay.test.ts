import { describe, expect, it } from 'vitest';
import { eventOn } from '../support/events';
import type { Event } from '../../src/data/schema';
import { buildEventRows } from '../../src/features/timeline/eventRows';
import { jumpTarget } from '../../src/features/timeline/useJumpToDay';
import { eventsOfPages } from '../../src/features/timeline/useListSource';

const ev = eventOn;
const newest = [ev('d', '2025-09-10'), ev('c', '2025-06'), ev('b', '2025-06-01'), ev('a', '2025-01-05')];
const rows = (events: Event[]) => buildEventRows(events, new Map());
const idOf = (t: ReturnType<typeof jumpTarget>) => (t && t !== 'none' ? t.e.id : t);

describe('jump to a date: the earliest event on or after the day', () => {
  it('newest first: the last event on or after the day, once an earlier one shows it is loaded', () => {
    expect(idOf(jumpTarget(rows(newest), '2025-06-01', 'newest', true))).toBe('b');
    // A month event counts as late as its last day.
    expect(idOf(jumpTarget(rows(newest), '2025-06-15', 'newest', true))).toBe('c');
    expect(idOf(jumpTarget(rows(newest), '2025-10-01', 'newest', true))).toBe('none');
    // Everything loaded is on or after the day, and more may come: load more first.
    expect(jumpTarget(rows(newest.slice(0, 2)), '2025-06-01', 'newest', false)).toBeNull();
    expect(idOf(jumpTarget(rows(newest.slice(0, 2)), '2025-06-01', 'newest', true))).toBe('c');
  });

  it('oldest first: the first event on or after the day', () => {
    const oldest = [...newest].reverse();
    expect(idOf(jumpTarget(rows(oldest), '2025-06-01', 'oldest', true))).toBe('b');
    expect(idOf(jumpTarget(rows(oldest), '2025-06-02', 'oldest', true))).toBe('c');
    expect(jumpTarget(rows(oldest.slice(0, 1)), '2025-06-01', 'oldest', false)).toBeNull();
    expect(idOf(jumpTarget(rows(oldest), '2026-01-01', 'oldest', true))).toBe('none');
  });
});

describe('a list opened at a date: its pages in order', () => {
  it('cuts a page above where the next one begins (it overlaps when fewer than a page came before)', () => {
    const [a, b, c, d] = [...newest].reverse();
    const pages = [
      { data: [a!, b!, c!], offset: 0 },
      { data: [c!, d!], offset: 2 },
    ];
    expect(eventsOfPages(pages).map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(eventsOfPages([{ data: [c!, d!], offset: 2 }]).map((e) => e.id)).toEqual(['c', 'd']);
  });
});
