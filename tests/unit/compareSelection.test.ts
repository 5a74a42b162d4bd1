import { describe, expect, it } from 'vitest';
import { isOutBy } from '../../src/features/compare/asOf';
import { chooseDiff } from '../../src/features/compare/diffSelection';
import { resolveSelection } from '../../src/features/compare/selection';
import { changedRows, diffVersions } from '../../src/features/compare/versionDiff';
import { headlineVersion } from '../../src/data/systems';
import { realDataset } from '../../src/mocks/dataset';

const { systems, companies } = realDataset();
const ids = (entries: { version: { id: string } }[]) => entries.map((e) => e.version.id);
const version = (id: string) => systems.flatMap((s) => s.versions).find((v) => v.id === id)!;

describe('resolveSelection', () => {
  it('defaults to every system at its latest (headline) version', () => {
    const sel = resolveSelection(systems, companies, {});
    expect(sel.systems.map((s) => s.id)).toEqual(systems.map((s) => s.id));
    expect(ids(sel.entries)).toEqual(systems.map((s) => headlineVersion(s)!.id));
    expect(ids(sel.entries)).toContain('veo-3-1'); // not the Lite tier, whose specs are undisclosed
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
    expect(ids(sel.chronology)).not.toContain('veo-3');
    expect(ids(sel.chronology)).toContain('veo-2'); // released "2024-12" (month known only)
    expect(ids(sel.entries)).toContain('veo-2');
    expect(ids(sel.entries)).toContain('sora-turbo');
    expect(sel.notices.notYetOut).toEqual(['Midjourney']);
  });

  it('says when a chosen version is hidden by the as-of day', () => {
    const sel = resolveSelection(systems, companies, { systems: ['veo'], versions: ['veo-3'], asOf: '2025-01-01' });
    expect(sel.notices.hiddenByAsOf).toEqual(['Veo 3']);
    expect(ids(sel.entries)).toEqual(['veo-2']);
  });

  it('a month-only date counts from the first of its month; an undated version is never "out by" a day', () => {
    expect(isOutBy(version('veo-2'), '2024-12-01')).toBe(true);
    expect(isOutBy(version('veo-2'), '2024-11-30')).toBe(false);
    expect(isOutBy(version('midjourney-v8-1'), '2099-01-01')).toBe(false);
    expect(isOutBy(version('midjourney-v8-1'), undefined)).toBe(true);
  });
});

describe('the two-version diff', () => {
  it('lists what changed from Veo 2 to Veo 3', () => {
    const rows = changedRows(diffVersions(version('veo-2'), version('veo-3')));
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey.nativeAudio).toMatchObject({ before: 'No', after: 'Yes', change: 'changed' });
    expect(byKey.maxResolution).toMatchObject({ before: '2160p', after: '1080p', change: 'changed' });
    expect(byKey.pricePerSecond).toMatchObject({ before: '$0.35/s', after: '$0.40/s' });
    expect(byKey.textToVideo).toMatchObject({ before: 'not disclosed', after: 'Yes', change: 'newly disclosed' });
    expect(byKey.maxClipSeconds).toBeUndefined(); // 8 s both
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
    expect(early.dropped).toEqual({ unknown: [], later: ['Veo 3'] });
    expect(early.options.flatMap((o) => o.versions.map((v) => v.id))).not.toContain('veo-3');
  });
});
