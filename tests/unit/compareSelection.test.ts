import { describe, expect, it } from 'vitest';
import { isOutBy } from '../../src/data/lifecycle';
import { chooseDiff } from '../../src/features/compare/diffSelection';
import { resolveSelection } from '../../src/features/compare/selection';
import { changedRows, diffVersions } from '../../src/features/compare/versionDiff';
import { headlineVersion } from '../../src/data/lifecycle';
import { realDataset } from '../../src/mocks/dataset';

const { systems, companies } = realDataset();
const ids = (entries: { version: { id: string } }[]) => entries.map((e) => e.version.id);
const version = (id: string) => systems.flatMap((s) => s.versions).find((v) => v.id === id)!;

describe('resolveSelection', () => {
  it('defaults to every system at its latest (headline) version', () => {
    const sel = resolveSelection(systems, companies, {});
    expect(sel.systems.map((s) => s.id)).toEqual(systems.map((s) => s.id));
    expect(ids(sel.entries)).toEqual(systems.map((s) => headlineVersion(s)!.id));
    for (const e of sel.entries) expect(e.version.variantOf).toBeUndefined(); // a tier is never the headline
    expect(ids(sel.entries)).toContain('sora-2'); // every Sora version is retired: the last one stands
    expect(sel.entries.find((e) => e.version.id === 'sora-2')?.status).toBe('retired');
    expect(Object.values(sel.notices).flat()).toEqual([]);
  });

  it('shows the chosen systems and versions, and every version of those systems in the chronology', () => {
    const sel = resolveSelection(systems, companies, { systems: ['sora', 'veo'], versions: ['veo-2', 'veo-3'] });
    expect(ids(sel.entries)).toEqual(['sora-2', 'veo-2', 'veo-3']);
    const expected = systems.filter((s) => ['sora', 'veo'].includes(s.id)).flatMap((s) => s.versions.map((v) => v.id));
    expect(ids(sel.chronology)).toEqual(expected);
  });

  it('drops unknown ids with a notice, and falls back to all systems when none is known', () => {
    const sel = resolveSelection(systems, companies, { systems: ['nope'], versions: ['zzz', 'veo-2'] });
    expect(sel.notices.unknownSystems).toEqual(['nope']);
    expect(sel.notices.unknownVersions).toEqual(['zzz']);
    expect(sel.systems).toHaveLength(systems.length);
    const one = resolveSelection(systems, companies, { systems: ['sora'], versions: ['veo-2'] });
    expect(one.notices.ignoredVersions).toEqual(['Veo 2']);
    expect(ids(one.entries)).toEqual(['sora-2']);
  });

  it('as of a day, shows only versions out by then and the latest of those by default', () => {
    const sel = resolveSelection(systems, companies, { asOf: '2025-01-01' });
    for (const e of sel.chronology) expect(isOutBy(e.version, '2025-01-01')).toBe(true);
    expect(ids(sel.chronology)).not.toContain('veo-2'); // generally available 9 Apr 2025
    expect(ids(sel.entries)).toContain('veo-1'); // announced only, the one Veo by then
    expect(ids(sel.entries)).toContain('sora-turbo');
    expect(sel.notices.notYetOut).toEqual(['Midjourney']);
  });

  it('as of a day after a retirement, the retired version is labelled and no longer the default', () => {
    const before = resolveSelection(systems, companies, { systems: ['veo'], asOf: '2025-10-01' });
    expect(ids(before.entries)).toEqual(['veo-3']);
    expect(before.entries[0]?.status).toBe('public');
    const after = resolveSelection(systems, companies, { systems: ['veo'], versions: ['veo-3'], asOf: '2026-07-01' });
    expect(after.entries[0]).toMatchObject({ status: 'retired' });
    const byDefault = resolveSelection(systems, companies, { systems: ['veo'], asOf: '2026-07-01' });
    // The newest live version of Veo's line that day: Gemini Omni Flash's preview, out the day before.
    expect(ids(byDefault.entries)).toEqual(['gemini-omni-flash-preview']);
  });

  it('says when a chosen version is hidden by the as-of day', () => {
    const sel = resolveSelection(systems, companies, { systems: ['veo'], versions: ['veo-3'], asOf: '2025-01-01' });
    expect(sel.notices.hiddenByAsOf).toEqual(['Veo 3']);
    expect(ids(sel.entries)).toEqual(['veo-1']);
  });

  it('an undated version is never "out by" a day, but is part of the dataset\'s present', () => {
    expect(isOutBy(version('veo-2'), '2025-04-08')).toBe(false);
    expect(isOutBy(version('veo-2'), '2025-04-09')).toBe(true);
    expect(isOutBy(version('veo-2'), null)).toBe(true);
  });
});

describe('the two-version diff', () => {
  it('lists what changed from Veo 2 to Veo 3, with the values in force on the as-of day', () => {
    const pairOn = (asOf?: string) =>
      chooseDiff(systems, resolveSelection(systems, companies, { asOf }), { asOf, diff: ['veo-2', 'veo-3'] }).pair!;
    const rows = changedRows(diffVersions(...pairOn()));
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey.nativeAudio).toMatchObject({ before: 'No', after: 'Yes', change: 'changed' });
    expect(byKey.maxResolution).toMatchObject({ before: 'not disclosed', after: '1080p', change: 'newly disclosed' });
    expect(byKey.pricePerSecond).toMatchObject({ before: '$0.35/s', after: '$0.40/s', change: 'changed' });
    expect(byKey.status).toBeUndefined(); // both retired
    const early = Object.fromEntries(changedRows(diffVersions(...pairOn('2025-08-01'))).map((r) => [r.key, r]));
    expect(early.maxResolution).toMatchObject({ after: '720p' });
    expect(early.pricePerSecond).toBeUndefined(); // neither price is disclosed yet
    expect(early.status).toBeUndefined(); // both public that day
  });

  it('takes the pair from the URL, else the two newest versions of a selected system', () => {
    const sel = resolveSelection(systems, companies, {});
    const fromUrl = chooseDiff(systems, sel, { diff: ['veo-2', 'veo-3'] });
    expect(fromUrl.pair?.map((s) => s.version.id)).toEqual(['veo-2', 'veo-3']);
    const fallback = chooseDiff(systems, sel, { diff: ['veo-2', 'nope'] });
    expect(fallback.dropped).toEqual({ unknown: ['nope'], later: [] });
    expect(fallback.pair).not.toBeNull();
    const early = chooseDiff(systems, resolveSelection(systems, companies, { asOf: '2025-01-01' }), {
      asOf: '2025-01-01',
      diff: ['veo-2', 'veo-3'],
    });
    expect(early.dropped).toEqual({ unknown: [], later: ['Veo 2', 'Veo 3'] });
    expect(early.options.flatMap((o) => o.versions.map((v) => v.id))).not.toContain('veo-3');
  });
});
