import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, type Event } from '../../src/data/schema';
import { realDataset } from '../../src/mocks/dataset';
import { buildEventIndex, queryPage } from '../../src/api/eventIndex';
import { TEXT_SLICE } from '../../src/api/eventIndexBuild';
import { compareEventsNewestFirst, matchesEvent } from '../../src/api/eventFilter';
import type { EventsFilter } from '../../src/api/eventsQuery';
import { generateSyntheticDataset } from '../../src/mocks/variants/synthetic';

const real = realDataset();
const synthetic = generateSyntheticDataset(real, { events: 5000, seed: 3 });

const day = fc
  .tuple(fc.integer({ min: 2022, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const filter: fc.Arbitrary<EventsFilter> = fc
  .record({
    companies: fc.subarray(
      real.companies.map((c) => c.id),
      { maxLength: 3 },
    ),
    systems: fc.subarray(
      real.systems.map((s) => s.id),
      { maxLength: 2 },
    ),
    types: fc.subarray([...EVENT_TYPES], { maxLength: 3 }),
    from: fc.option(day, { nil: null }),
    to: fc.option(day, { nil: null }),
    q: fc.constantFrom(
      '',
      'video',
      'VIDEO',
      'vidéo',
      'meta',
      'zzz',
      'launch studio',
      '12',
      '#12',
      'event 3',
      'veo 3',
      'v2',
    ),
  })
  .map((f) => (f.from && f.to && f.from > f.to ? { ...f, from: f.to, to: f.from } : f));

/** An index whose warm-up has run to the end: text search goes through its word index. */
function warmed(events: readonly Event[]) {
  const index = buildEventIndex(events);
  while (!index.prepareText());
  return index;
}
/** Both ways a search is answered: by scanning the texts (before the warm-up ends) and by the word index. */
const BUILDS = [
  ['scanning its texts', buildEventIndex],
  ['with its word index', warmed],
] as const;
const DATASETS = [
  ['real', real],
  ['synthetic (5,000 events)', synthetic],
] as const;

describe('event index', () => {
  for (const [name, ds] of DATASETS)
    for (const [how, build] of BUILDS)
      it(`gives exactly the naive filter-and-sort result on the ${name} dataset, ${how}`, () => {
        const index = build(ds.events);
        const naiveSorted = [...ds.events].sort(compareEventsNewestFirst);
        fc.assert(
          fc.property(filter, (f) => {
            const expected = naiveSorted.filter((e) => matchesEvent(e, f)).map((e) => e.id);
            const all = queryPage(index, f);
            expect(all.positions.map((i) => index.sorted[i]!.id)).toEqual(expected);
            expect(all.total).toBe(expected.length);
            const page = queryPage(index, f, 3, 5);
            expect(page.positions.map((i) => index.sorted[i]!.id)).toEqual(expected.slice(3, 8));
            expect(page.total).toBe(expected.length);
          }),
          { numRuns: name === 'real' ? 500 : 150 },
        );
      });

  it('handles month-precision events at the edges of a range', () => {
    const index = buildEventIndex(real.events);
    const monthEvent = real.events.find((e) => e.precision === 'month')!;
    const [y, m] = monthEvent.date.split('-');
    const f = { companies: [], systems: [], types: [], q: '', from: `${y}-${m}-28`, to: `${y}-${m}-28` };
    expect(queryPage(index, f).positions.map((i) => index.sorted[i]!.id)).toContain(monthEvent.id);
  });
});

describe('facets over the index', () => {
  for (const [name, ds] of DATASETS)
    for (const [how, build] of BUILDS)
      it(`equal computeFacets on the ${name} dataset, ${how}`, async () => {
        const { computeFacetsIndexed } = await import('../../src/api/eventFacets');
        const { computeFacets } = await import('../../src/api/facetsReference');
        const index = build(ds.events);
        const ids = {
          companies: ds.companies.map((c) => c.id),
          systems: ds.systems.map((s) => s.id),
          charted: new Set(ds.companies.filter((c) => c.color).map((c) => c.id)),
        };
        fc.assert(
          fc.property(filter, (f) => {
            expect(computeFacetsIndexed(index, f, ids)).toEqual(computeFacets(ds.events, f, ids));
          }),
          { numRuns: name === 'real' ? 300 : 60 },
        );
      });

  it('builds its texts, then their word index, a slice at a time ahead of searches, and answers the same meanwhile', () => {
    const index = buildEventIndex(synthetic.events);
    const slices = Math.ceil(synthetic.events.length / TEXT_SLICE);
    const f = { companies: [], systems: [], types: [], q: 'cinematic 12', from: null, to: null };
    const expected = queryPage(warmed(synthetic.events), f);
    // The texts first, then the words (a search meanwhile scans the texts).
    for (let k = 1; k < 2 * slices; k++) {
      expect(index.prepareText(), `slice ${k}`).toBe(false);
      if (k === slices + 1) expect(queryPage(index, f), `after slice ${k}`).toEqual(expected);
    }
    expect(index.words).toBeUndefined();
    expect(index.prepareText()).toBe(true);
    expect(index.words?.words).toContain('cinematic');
    expect(queryPage(index, f)).toEqual(expected);
    // A search in the middle of the texts normalises the rest of them first.
    const early = buildEventIndex(synthetic.events);
    early.prepareText();
    expect(queryPage(early, f)).toEqual(expected);
  });
});
