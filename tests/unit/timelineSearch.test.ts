import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearch, stringifySearch } from '../../src/app/searchParams';
import { EVENT_TYPES, idSchema, type EventType } from '../../src/data/schema';
import { endDay, isDay, isMonth, startDay } from '../../src/data/dates';
import { parseTextQuery } from '../../src/data/textQuery';
import {
  EMPTY_FILTER,
  MAX_QUERY_LENGTH,
  filterToSearch,
  isFilterEmpty,
  readListSearch,
  readTimelineSearch,
  validateTimelineSearch,
  type TimelineFilter,
} from '../../src/features/timeline/timelineSearch';
import { knownFilter, unknownIds } from '../../src/features/timeline/knownIds';

/** What the page makes of a URL's query string: the router's parseSearch, then our two steps. */
const read = (qs: string) => readTimelineSearch(validateTimelineSearch(parseSearch(qs)));
const filterOf = (qs: string) => read(qs).filter;

describe('reading the URL', () => {
  it('reads the example URL of the issue', () => {
    expect(read('?company=meta,openai&type=release&from=2024-01&q=veo')).toEqual({
      filter: { ...EMPTY_FILTER, company: ['meta', 'openai'], type: ['release'], from: '2024-01', q: 'veo' },
      dropped: [],
    });
  });

  it('keeps the readable values and drops the rest one by one, naming each', () => {
    expect(
      read('?company=meta,Not An Id,,meta&type=release,rumour&from=2025-13&to=2025-06-30&q=%20%20&system=veo'),
    ).toEqual({
      filter: { ...EMPTY_FILTER, company: ['meta'], type: ['release'], to: '2025-06-30', system: ['veo'] },
      dropped: [
        { param: 'company', value: 'Not An Id' },
        { param: 'type', value: 'rumour' },
        { param: 'from', value: '2025-13' },
      ],
    });
  });

  it('merges repeated list keys and keeps the first readable value of a repeated single key', () => {
    expect(read('?type=release&type=lawsuit,release&from=nope&from=2024-03&from=2024-05')).toEqual({
      filter: { ...EMPTY_FILTER, type: ['release', 'lawsuit'], from: '2024-03' },
      dropped: [],
    });
    expect(read('?from=nope&from=later').dropped).toEqual([{ param: 'from', value: 'nope' }]);
  });

  it('rejects impossible dates and over-long text', () => {
    expect(read('?from=2025-02-30&to=2025-00').dropped.map((d) => d.param)).toEqual(['from', 'to']);
    const long = read(`?q=${'x'.repeat(MAX_QUERY_LENGTH + 1)}`);
    expect(long.filter.q).toBe('');
    expect(long.dropped).toEqual([{ param: 'q', value: 'x'.repeat(MAX_QUERY_LENGTH + 1) }]);
    expect(filterOf(`?q=${'x'.repeat(MAX_QUERY_LENGTH)}`).q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('does not swap a backwards range in silence: it is not applied, and given back to be reported', () => {
    expect(read('?from=2025-06&to=2024-01-15')).toEqual({
      filter: EMPTY_FILTER,
      dropped: [],
      backwards: { from: '2025-06', to: '2024-01-15' },
    });
  });

  it('reads the order and the open event, and reports values that do not read', () => {
    const list = (qs: string) => readListSearch(validateTimelineSearch(parseSearch(qs)));
    expect(list('')).toEqual({ order: 'newest', event: null, dropped: [] });
    expect(list('?order=oldest&event=2025-08-22-meta-licenses-midjourney')).toEqual({
      order: 'oldest',
      event: '2025-08-22-meta-licenses-midjourney',
      dropped: [],
    });
    expect(list('?order=sideways&event=Not%20An%20Id').dropped).toEqual([
      { param: 'order', value: 'sideways' },
      { param: 'event', value: 'Not An Id' },
    ]);
  });

  it('a query of only control or space characters is no query', () => {
    expect(read('?q=%E2%80%8B%E2%80%AE%09%07%20').filter.q).toBe('');
    expect(filterToSearch({ ...EMPTY_FILTER, q: '\u200b\u0007 ' }).q).toBeUndefined();
  });

  it('validateSearch keeps unreadable values (the router rewrites the URL from it) and names every key', () => {
    const search = validateTimelineSearch(parseSearch('?type=rumour&from=2025-13&q=veo'));
    expect(search).toEqual({ type: ['rumour'], from: '2025-13', q: 'veo' });
    // Every key is present, so a route search merged over the raw parent search cannot let raw values through.
    expect(Object.keys(validateTimelineSearch({}))).toEqual([
      'company',
      'system',
      'type',
      'from',
      'to',
      'q',
      'order',
      'event',
    ]);
  });

  it('survives anything that is not a record of strings', () => {
    for (const raw of [null, undefined, 42, 'company=meta', ['a'], { company: 7, q: { a: 1 } }])
      expect(readTimelineSearch(validateTimelineSearch(raw))).toEqual({ filter: EMPTY_FILTER, dropped: [] });
  });
});

describe('unknown ids (known once the dataset lists have loaded)', () => {
  const known = { companies: new Set(['meta', 'openai']), systems: new Set(['veo']) };
  it('are reported and left out of the filter', () => {
    const filter = filterOf('?company=meta,acme&system=veo,imaginary');
    expect(unknownIds(filter, known)).toEqual([
      { param: 'company', value: 'acme' },
      { param: 'system', value: 'imaginary' },
    ]);
    expect(knownFilter(filter, known)).toEqual({ ...EMPTY_FILTER, company: ['meta'], system: ['veo'] });
  });
});

// ---- property-based --------------------------------------------------------------------------------------

const rawValue = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.array(fc.string({ unit: 'binary' }), { maxLength: 4 }),
  fc.constantFrom('meta,openai', '2025-02', '2025-02-29', '2024-02-29', 'release,,lawsuit', ' veo '),
  fc.anything(),
);
const rawSearch = fc.dictionary(
  fc.oneof(fc.constantFrom('company', 'system', 'type', 'from', 'to', 'q'), fc.string()),
  rawValue,
);

function assertValidFilter(f: TimelineFilter) {
  for (const list of [f.company, f.system]) {
    expect(new Set(list).size).toBe(list.length);
    for (const id of list) expect(idSchema.safeParse(id).success).toBe(true);
  }
  for (const t of f.type) expect(EVENT_TYPES).toContain(t);
  expect(new Set(f.type).size).toBe(f.type.length);
  for (const bound of [f.from, f.to]) if (bound !== null) expect(isDay(bound) || isMonth(bound)).toBe(true);
  if (f.from && f.to) expect(startDay(f.from) <= endDay(f.to)).toBe(true);
  expect(f.q).toBe(f.q.trim());
  expect(f.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
}

const id = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const bound = fc.oneof(
  day,
  day.map((d) => d.slice(0, 7)),
);
const filterArb: fc.Arbitrary<TimelineFilter> = fc
  .record({
    company: fc.uniqueArray(id, { maxLength: 4 }),
    system: fc.uniqueArray(id, { maxLength: 3 }),
    type: fc.uniqueArray(fc.constantFrom<EventType>(...EVENT_TYPES), { maxLength: 4 }),
    from: fc.option(bound, { nil: null }),
    to: fc.option(bound, { nil: null }),
    // A filter holds a query that asks for something, or none: text of only quotes, spaces or control
    // characters asks for nothing and is read as no query (as the API reads it).
    q: fc
      .string({ unit: 'grapheme', maxLength: 60 })
      .map((q) => (parseTextQuery(q).length ? q.trim() : ''))
      .filter((q) => q.length <= MAX_QUERY_LENGTH),
  })
  .filter((f) => !(f.from && f.to && startDay(f.from) > endDay(f.to)));

describe('URL ⇄ filter, for any input', () => {
  it('never throws and always gives a valid filter, whatever the raw router values', () => {
    fc.assert(
      fc.property(rawSearch, (raw) => {
        const { filter, dropped } = readTimelineSearch(validateTimelineSearch(raw));
        assertValidFilter(filter);
        for (const d of dropped) expect(typeof d.value).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and always gives a valid filter, whatever the query string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (qs) => assertValidFilter(filterOf(qs))),
      { numRuns: 500 },
    );
  });

  it('validateSearch is idempotent, and whatever it keeps is either read or reported', () => {
    fc.assert(
      fc.property(rawSearch, (raw) => {
        const once = validateTimelineSearch(raw);
        expect(validateTimelineSearch(once)).toEqual(once);
        const { filter, dropped } = readTimelineSearch(once);
        const kept = filter.company.length + filter.system.length + filter.type.length;
        const given = (once.company?.length ?? 0) + (once.system?.length ?? 0) + (once.type?.length ?? 0);
        expect(kept + dropped.filter((d) => ['company', 'system', 'type'].includes(d.param)).length).toBe(given);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips: filter → URL → filter is the identity, with nothing dropped', () => {
    fc.assert(
      fc.property(filterArb, (filter) => {
        const url = stringifySearch({ ...filterToSearch(filter) });
        expect(read(url)).toEqual({ filter, dropped: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('an empty filter is an empty URL', () => {
    expect(stringifySearch({ ...filterToSearch(EMPTY_FILTER) })).toBe('');
    expect(isFilterEmpty(EMPTY_FILTER)).toBe(true);
    expect(isFilterEmpty({ ...EMPTY_FILTER, q: '  ' })).toBe(true);
    expect(isFilterEmpty({ ...EMPTY_FILTER, type: ['hire'] })).toBe(false);
  });
});
