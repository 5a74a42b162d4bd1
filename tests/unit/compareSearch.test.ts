import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readCompareSearch, validateCompareSearch } from '../../src/features/compare/compareSearch';
import { chooseVersions, setAsOf, toggleSystem, withoutUnknown } from '../../src/features/compare/searchUpdates';
import { realDataset } from '../../src/mocks/dataset';

describe('validateCompareSearch and readCompareSearch', () => {
  const read = (raw: Record<string, unknown>) => readCompareSearch(validateCompareSearch(raw));

  it('reads comma lists and repeated keys into id lists, without duplicates', () => {
    expect(validateCompareSearch({ systems: 'sora,veo', versions: ['veo-2', 'veo-3,veo-2'] })).toEqual({
      systems: ['sora', 'veo'],
      versions: ['veo-2', 'veo-3'],
    });
    expect(read({ systems: 'sora, veo' }).query).toEqual({ systems: ['sora', 'veo'] });
  });

  it('keeps the shape only, so unreadable values survive the router rewriting the URL', () => {
    expect(validateCompareSearch({ asOf: 'yesterday', systems: 'Bad!', other: 'x' })).toEqual({
      systems: ['Bad!'],
      asOf: 'yesterday',
    });
    // Every key is present: the router merges the route's search over the raw one.
    expect(validateCompareSearch({})).toHaveProperty('asOf', undefined);
    expect(validateCompareSearch({ systems: 42, asOf: { a: 1 } })).toEqual({});
    expect(validateCompareSearch({ systems: 'x,'.repeat(500) }).systems).toHaveLength(1);
  });

  it('falls back to the default for anything it cannot read, naming each dropped value', () => {
    expect(read({})).toEqual({ query: {}, unreadable: [] });
    expect(read({ systems: 'NOT AN ID,<script>', asOf: 'yesterday', diff: 'veo-2' })).toEqual({
      query: {},
      unreadable: ['systems=NOT AN ID', 'systems=<script>', 'diff=veo-2', 'asOf=yesterday'],
    });
    expect(read({ asOf: '2025-02-30' }).unreadable).toEqual(['asOf=2025-02-30']);
    expect(read({ asOf: ['2025-01-01', '2025-02-01'] }).unreadable).toEqual(['asOf=2025-01-01,2025-02-01']);
    expect(read({ systems: 'sora,Bad!', asOf: '2025-01-01', diff: 'veo-2,veo-3' })).toEqual({
      query: { systems: ['sora'], asOf: '2025-01-01', diff: ['veo-2', 'veo-3'] },
      unreadable: ['systems=Bad!'],
    });
  });

  it('never throws, whatever the query string holds', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.array(fc.string()))), (raw) => {
        const { query } = read(raw);
        for (const id of [...(query.systems ?? []), ...(query.versions ?? [])]) expect(id).toMatch(/^[a-z0-9-]+$/);
        if (query.asOf) expect(query.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
    );
  });
});

describe('URL updates of the compare controls', () => {
  const { systems } = realDataset();
  const byId = (id: string) => systems.find((s) => s.id === id)!;
  const all = systems.map((s) => s.id);

  it('removing a system lists the rest; adding back the last one returns to the default (all)', () => {
    const without = toggleSystem({}, systems, all, byId('sora'), false);
    expect(without.systems).toEqual(all.filter((id) => id !== 'sora'));
    expect(toggleSystem(without, systems, without.systems!, byId('sora'), true)).toEqual({});
  });

  it('removing a system also forgets the versions chosen for it', () => {
    const s = { systems: ['sora', 'veo'], versions: ['veo-2', 'sora-2'] };
    expect(toggleSystem(s, systems, ['sora', 'veo'], byId('veo'), false)).toEqual({
      systems: ['sora'],
      versions: ['sora-2'],
    });
  });

  it("choosing versions replaces only that system's choice, in dataset order", () => {
    const s = chooseVersions({ versions: ['sora-2', 'veo-3'] }, byId('veo'), ['veo-3', 'veo-2']);
    expect(s.versions).toEqual(['sora-2', 'veo-2', 'veo-3']);
    expect(chooseVersions({ versions: ['veo-3'] }, byId('veo'), [])).toEqual({});
  });

  it('sets and clears the as-of day, and drops unknown ids', () => {
    expect(setAsOf({}, '2025-01-01')).toEqual({ asOf: '2025-01-01' });
    expect(setAsOf({ asOf: '2025-01-01' }, null)).toEqual({});
    expect(
      withoutUnknown({ systems: ['sora', 'nope'], versions: ['zzz'] }, { systems: ['nope'], versions: ['zzz'] }),
    ).toEqual({ systems: ['sora'] });
  });
});
