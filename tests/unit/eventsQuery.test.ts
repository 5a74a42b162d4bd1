import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/data/schema';
import { compareEventsNewestFirst, leadCompany, matchesEvent } from '../../src/api/eventFilter';
import { boundDay, decodeCursor, encodeCursor, normaliseText, parseEventsQuery } from '../../src/api/eventsQuery';
import { computeFacets } from '../../src/api/facetsReference';

const known = { companies: new Set(['meta', 'openai']), systems: new Set(['sora', 'veo']) };
const parse = (qs: string) => parseEventsQuery(new URLSearchParams(qs), known);

function failure(qs: string) {
  const r = parse(qs);
  if (r.ok) throw new Error(`expected ${qs} to fail`);
  return r;
}

describe('parseEventsQuery', () => {
  it('gives defaults for an empty query', () => {
    expect(parse('')).toEqual({
      ok: true,
      value: {
        companies: [],
        systems: [],
        types: [],
        from: null,
        to: null,
        q: '',
        offset: 0,
        limit: 50,
        order: 'newest',
      },
    });
  });

  it('reads lists, month bounds, text, limit and cursor', () => {
    const r = parse(
      `company=meta,openai&system=sora&type=release,partnership&from=2024-02&to=2025-02&q=%20veo%20&limit=10&cursor=${encodeCursor(20)}`,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        companies: ['meta', 'openai'],
        systems: ['sora'],
        types: ['release', 'partnership'],
        from: '2024-02-01',
        to: '2025-02-28',
        q: 'veo',
        offset: 20,
        limit: 10,
        order: 'newest',
      },
    });
  });

  it.each([
    ['company=meta,nope', 'company'],
    ['system=midjourney', 'system'],
    ['type=rumour', 'type'],
    ['from=2025-13-40', 'from'],
    ['to=2025-02-30', 'to'],
    ['from=yesterday', 'from'],
    ['from=2025-06-01&to=2025-01-01', 'from'],
    ['limit=100000', 'limit'],
    ['limit=0', 'limit'],
    ['limit=2.5', 'limit'],
    ['cursor=zzz', 'cursor'],
    ['company=meta&company=openai', 'company'],
    [`q=${'x'.repeat(10_000)}`, 'q'],
  ])('rejects %s naming "%s"', (qs, param) => {
    const r = failure(qs);
    expect(r.param).toBe(param);
    expect(r.message).toContain(param);
    expect(r.message.length).toBeLessThan(300);
  });
});

describe('helpers', () => {
  it('boundDay covers whole months, leap years included', () => {
    expect(boundDay('2024-02', 'end')).toBe('2024-02-29');
    expect(boundDay('2025-02', 'end')).toBe('2025-02-28');
    expect(boundDay('2025-12', 'start')).toBe('2025-12-01');
    expect(boundDay('2025-12-31', 'end')).toBe('2025-12-31');
    expect(boundDay('2025-13', 'start')).toBeNull();
  });

  it('normaliseText ignores case and accents', () => {
    expect(normaliseText('Vidéo ÉCLAIR')).toBe('video eclair');
  });

  it('cursor round-trips and rejects garbage', () => {
    expect(decodeCursor(encodeCursor(150))).toBe(150);
    expect(decodeCursor('not base64!')).toBeNull();
    expect(decodeCursor(btoa('o:-1'))).toBeNull();
  });
});

const ev = (over: Partial<Event>): Event => ({
  id: 'e',
  date: '2025-06-18',
  precision: 'day',
  companyIds: ['meta'],
  systemIds: [],
  versionIds: [],
  type: 'release',
  title: 'Title',
  summary: 'Summary',
  sourceIds: ['S1'],
  ...over,
});
const none = { companies: [], systems: [], types: [], from: null, to: null, q: '' };

describe('matchesEvent', () => {
  it('a month-precision event matches any range that overlaps its month', () => {
    const april = ev({ date: '2025-04', precision: 'month' });
    expect(matchesEvent(april, { ...none, from: '2025-04-15' })).toBe(true);
    expect(matchesEvent(april, { ...none, to: '2025-04-01' })).toBe(true);
    expect(matchesEvent(april, { ...none, from: '2025-05-01' })).toBe(false);
  });

  it('filters by company, system, type and accent-insensitive text', () => {
    const e = ev({
      companyIds: ['meta', 'midjourney'],
      systemIds: ['midjourney'],
      type: 'partnership',
      title: 'Meta licenses Midjourney’s “aesthetic” technology',
    });
    expect(matchesEvent(e, { ...none, companies: ['midjourney'], types: ['partnership'] })).toBe(true);
    expect(matchesEvent(e, { ...none, companies: ['openai'] })).toBe(false);
    expect(matchesEvent(e, { ...none, systems: ['sora'] })).toBe(false);
    expect(matchesEvent(e, { ...none, q: 'AESTHÉTIC' })).toBe(true);
    expect(matchesEvent(e, { ...none, q: 'lawsuit' })).toBe(false);
  });

  it('sorts newest first, a month after the days of that month', () => {
    const list = [
      ev({ id: 'a', date: '2025-04', precision: 'month' }),
      ev({ id: 'b', date: '2025-04-20' }),
      ev({ id: 'c', date: '2025-05-01' }),
    ];
    expect([...list].sort(compareEventsNewestFirst).map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('computeFacets', () => {
  const events = [
    ev({ id: 'a', date: '2025-06-18', companyIds: ['midjourney'], systemIds: ['midjourney'], type: 'release' }),
    ev({ id: 'b', date: '2025-08-22', companyIds: ['meta', 'midjourney'], type: 'partnership', title: 'Licence' }),
    ev({ id: 'c', date: '2025-08', precision: 'month', companyIds: ['disney', 'midjourney'], type: 'lawsuit' }),
    ev({ id: 'd', date: '2024-12-09', companyIds: ['openai'], systemIds: ['sora'], type: 'release', title: 'Sóra' }),
  ];
  const ids = {
    companies: ['midjourney', 'meta', 'openai', 'disney'],
    systems: ['midjourney', 'sora', 'veo'],
    charted: new Set(['midjourney', 'meta', 'openai']),
  };

  it('counts each option with the other filters applied, zeros included', () => {
    const f = computeFacets(events, { ...none, companies: ['meta'], types: ['partnership', 'release'] }, ids);
    expect(f.total).toBe(1);
    // company: every filter but company (types release/partnership) → a, b, d
    expect(f.counts.company).toEqual({ midjourney: 2, meta: 1, openai: 1, disney: 0 });
    // type: every filter but type (company meta) → b only
    expect(f.counts.type).toMatchObject({ partnership: 1, release: 0, lawsuit: 0 });
    // system: meta + the two types → b, which names no system
    expect(f.counts.system).toEqual({ midjourney: 0, sora: 0, veo: 0 });
  });

  it('aggregates months ignoring the date range, split into inside (by lead company) and outside', () => {
    const f = computeFacets(events, { ...none, from: '2025-08-01' }, ids);
    expect(f.total).toBe(2);
    expect(f.months).toEqual([
      { month: '2024-12', byCompany: {}, outside: 1 },
      { month: '2025-06', byCompany: {}, outside: 1 },
      // b is led by Meta (first charted company); c by Midjourney (Disney builds none of the systems)
      { month: '2025-08', byCompany: { meta: 1, midjourney: 1 }, outside: 0 },
    ]);
    expect(f.span).toEqual({ first: '2024-12', last: '2025-08' });
    expect(computeFacets(events, { ...none, q: 'nothing matches this' }, ids).span).toEqual(f.span);
    expect(computeFacets([], none, ids).span).toBeNull();
    const inRange = f.months.reduce((n, m) => n + Object.values(m.byCompany).reduce((a, b) => a + b, 0), 0);
    expect(inRange).toBe(f.total);
  });

  it('draws an event in each of its companies’ lanes, only the selected ones when companies are filtered', () => {
    const all = computeFacets(events, { ...none, from: '2025-08' }, ids);
    expect(all.lanes).toEqual([
      { companyId: 'disney', month: '2025-08', count: 1, types: { lawsuit: 1 } },
      { companyId: 'meta', month: '2025-08', count: 1, types: { partnership: 1 } },
      { companyId: 'midjourney', month: '2025-08', count: 2, types: { partnership: 1, lawsuit: 1 } },
    ]);
    const mj = computeFacets(events, { ...none, companies: ['midjourney'] }, ids);
    expect(mj.lanes.map((l) => `${l.companyId} ${l.month} ${l.count}`)).toEqual([
      'midjourney 2025-06 1',
      'midjourney 2025-08 2',
    ]);
    expect(mj.months.find((m) => m.month === '2025-08')?.byCompany).toEqual({ midjourney: 2 });
  });

  it('matches text without case or accents, and collects the sources counted', () => {
    const f = computeFacets(events, { ...none, q: 'SORA' }, ids);
    expect(f.total).toBe(1);
    expect(f.sourceIds).toEqual(['S1']);
  });

  it('leadCompany prefers selected, then charted companies', () => {
    const e = ev({ companyIds: ['disney', 'universal', 'midjourney'] });
    expect(leadCompany(e, none, ids.charted)).toBe('midjourney');
    expect(leadCompany(e, { ...none, companies: ['universal', 'disney'] }, ids.charted)).toBe('disney');
    expect(leadCompany(ev({ companyIds: ['disney'] }), none, ids.charted)).toBe('disney');
  });

  it('stays fast on 100,000 events', () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      ev({
        id: `e${i}`,
        date: `${2000 + (i % 26)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
        companyIds: [ids.companies[i % 4]!],
        type: i % 3 ? 'release' : 'lawsuit',
        title: `Event ${i}`,
      }),
    );
    const t0 = performance.now();
    const f = computeFacets(many, { ...none, types: ['release'], q: 'event 1' }, ids);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(f.total).toBeGreaterThan(0);
  });
});
