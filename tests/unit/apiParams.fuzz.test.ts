/** Property-based fuzzing of the data API's parameter parsing: whatever arrives, it answers sanely. */
import fc from 'fast-check';
import { parseTextQuery } from '../../src/data/textQuery';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../src/data/schema';
import { MAX_LIMIT, encodeCursor, parseEventsQuery } from '../../src/api/eventsQuery';
import { realDataset } from '../../src/mocks/dataset';

const ds = realDataset();
const known = { companies: new Set(ds.companies.map((c) => c.id)), systems: new Set(ds.systems.map((s) => s.id)) };
const NAMES = ['company', 'system', 'type', 'from', 'to', 'q', 'limit', 'cursor', 'other'];

const anyValue = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom('2025-13-40', '2025-02-30', '9999-99', '-1', '1e9', 'NaN', '', ',', ',,meta,', '%00', '\u0000'),
  fc.integer().map(String),
);
const anyQuery = fc.array(fc.tuple(fc.constantFrom(...NAMES), anyValue), { maxLength: 12 });

describe('events parameter parsing (fuzzed)', () => {
  it('never throws; answers a valid request or names one of its parameters', () => {
    fc.assert(
      fc.property(anyQuery, (pairs) => {
        const r = parseEventsQuery(new URLSearchParams(pairs), known);
        if (r.ok) {
          const v = r.value;
          expect(v.limit).toBeGreaterThanOrEqual(1);
          expect(v.limit).toBeLessThanOrEqual(MAX_LIMIT);
          expect(v.offset).toBeGreaterThanOrEqual(0);
          expect(v.companies.every((c) => known.companies.has(c))).toBe(true);
          expect(v.systems.every((s) => known.systems.has(s))).toBe(true);
          expect(v.types.every((t) => EVENT_TYPES.includes(t))).toBe(true);
          if (v.from && v.to) expect(v.from <= v.to).toBe(true);
        } else {
          expect(NAMES).toContain(r.param);
          expect(r.message).toContain(r.param);
          expect(r.message.length).toBeLessThan(400);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every well-formed request', () => {
    const ids = (set: ReadonlySet<string>) => fc.subarray([...set]);
    const month = fc.tuple(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 12 }));
    fc.assert(
      fc.property(
        ids(known.companies),
        ids(known.systems),
        fc.subarray([...EVENT_TYPES]),
        month,
        fc.integer({ min: 1, max: MAX_LIMIT }),
        fc.nat({ max: 10_000 }),
        fc.string({ maxLength: 200 }),
        (companies, systems, types, [y, m], limit, offset, q) => {
          const from = `${y}-${String(m).padStart(2, '0')}`;
          const params = new URLSearchParams({
            from,
            to: `${y + 1}-01-31`,
            limit: String(limit),
            cursor: encodeCursor(offset),
            q,
          });
          if (companies.length) params.set('company', companies.join(','));
          if (systems.length) params.set('system', systems.join(','));
          if (types.length) params.set('type', types.join(','));
          const r = parseEventsQuery(params, known);
          expect(r.ok).toBe(true);
          // A q of only quotes, spaces or control characters asks for nothing: it is no query.
          const asked = parseTextQuery(q).length ? q.trim() : '';
          if (r.ok) expect(r.value).toMatchObject({ limit, offset, q: asked, from: `${from}-01` });
        },
      ),
      { numRuns: 500 },
    );
  });
});
