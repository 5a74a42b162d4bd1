import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../src/api/endpoints';
import { positionAt } from '../../src/data/dayPosition';
import { decodeCursor } from '../../src/api/eventsQuery';
import { viewOf } from '../../src/api/datasetView';
import type { Event } from '../../src/data/schema';
import { realDataset } from '../../src/mocks/dataset';
import { generateSyntheticDataset } from '../../src/mocks/variants/synthetic';
import { eventOn as ev } from '../support/events';

const newest = [ev('d', '2025-09-10'), ev('c', '2025-06'), ev('b', '2025-06-01'), ev('a', '2025-01-05')];
const at = (list: Event[], day: string, order: 'newest' | 'oldest') => {
  const k = positionAt(list.length, (i) => list[i]!, day, order);
  return k === null ? null : list[k]!.id;
};

describe('positionAt: where a jump to a day goes (the earliest event on or after it)', () => {
  it('newest first: the event just above the first one before the day', () => {
    expect(at(newest, '2025-06-01', 'newest')).toBe('b');
    // A month event counts as on its last day.
    expect(at(newest, '2025-06-15', 'newest')).toBe('c');
    expect(at(newest, '2025-06-30', 'newest')).toBe('c');
    expect(at(newest, '2025-07-01', 'newest')).toBe('d');
    expect(at(newest, '2000-01-01', 'newest')).toBe('a');
    expect(at(newest, '2025-09-11', 'newest')).toBeNull();
    expect(at([], '2025-01-01', 'newest')).toBeNull();
  });

  it('oldest first: the first event on or after the day', () => {
    const oldest = [...newest].reverse();
    expect(at(oldest, '2025-06-01', 'oldest')).toBe('b');
    expect(at(oldest, '2025-06-02', 'oldest')).toBe('c');
    expect(at(oldest, '2025-01-05', 'oldest')).toBe('a');
    expect(at(oldest, '2026-01-01', 'oldest')).toBeNull();
  });
});

describe('GET /events?at= over 100,000 synthetic events', () => {
  const view = viewOf(generateSyntheticDataset(realDataset(), { events: 100_000, seed: 1 }));
  const get = (qs: string) => ENDPOINTS['/events']!(view, new URLSearchParams(qs));
  type Page = { data: Event[]; total: number; offset: number; nextCursor: string | null; prevCursor: string | null };

  it('answers the page at the date deep in the list, with its offset and the cursors around it', () => {
    const started = performance.now();
    const res = get('at=2024-12-14&order=oldest&limit=50');
    const ms = performance.now() - started;
    const page = res.body as Page;
    expect(res.status).toBe(200);
    expect(page.offset).toBeGreaterThan(40_000);
    expect(page.data).toHaveLength(50);
    expect(page.data[0]!.date >= '2024-12').toBe(true);
    expect(decodeCursor(page.prevCursor!)).toBe(page.offset - 50);
    expect(decodeCursor(page.nextCursor!)).toBe(page.offset + 50);
    // The page above, by its cursor, ends with the event just before.
    const above = get(`order=oldest&limit=50&cursor=${encodeURIComponent(page.prevCursor!)}`).body as Page;
    expect(above.offset).toBe(page.offset - 50);
    expect(above.data.at(-1)!.date <= '2024-12-14').toBe(true);
    expect(ms).toBeLessThan(1000);
  });

  it('answers an empty page at the end when no event is on or after the day', () => {
    const page = get('at=2099-01-01').body as Page;
    expect(page).toMatchObject({ data: [], offset: page.total, nextCursor: null });
  });

  it('refuses a malformed date with a 400 that names it', () => {
    const res = get('at=2020-6-1');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: { code: 'invalid_parameter', message: 'at: parameter "at" must be a real date as YYYY-MM-DD' },
    });
  });
});
