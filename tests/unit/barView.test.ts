import { describe, expect, it } from 'vitest';
import { headlineVersion } from '../../src/data/lifecycle';
import { realDataset } from '../../src/mocks/dataset';
import { buildClipLengthSeries, buildPriceSeries, buildResolutionSeries } from '../../src/ui/charts/barSeries';
import { arrangeBars, DEFAULT_BAR_VIEW, logTicks } from '../../src/ui/charts/barView';
import { buildCapabilityMatrix } from '../../src/ui/charts/capabilityMatrix';
import { entriesOf } from '../../src/ui/charts/entries';
import { buildLengthPriceSeries } from '../../src/ui/charts/lengthPrice';

const ds = realDataset();
const all = entriesOf(ds.systems, ds.companies, () => true);
const latest = entriesOf(ds.systems, ds.companies, (s, v) => headlineVersion(s) === v);

describe('sorting bars', () => {
  it('keeps the dataset order by default', () => {
    const s = buildClipLengthSeries(latest);
    expect(arrangeBars(s, DEFAULT_BAR_VIEW)).toEqual(s);
  });

  it('by value: largest first, "not disclosed" last, and the table rows move with their bars', () => {
    const s = arrangeBars(buildClipLengthSeries(latest), { scale: 'linear', sort: 'value' });
    expect(s.data.map((d) => d.id)).toEqual([
      'midjourney-v1-video', // 21 s with extensions
      'sora-2', // 20 s
      'movie-gen-2024', // 16 s
      'gemini-omni-1-2-flash', // 15 s
      'vibes', // not disclosed
    ]);
    expect(s.table.rows.map((r) => r.version)).toEqual(s.data.map((d) => d.label));
  });

  it('by name: alphabetical, bars and table alike', () => {
    const s = arrangeBars(buildPriceSeries(all), { scale: 'linear', sort: 'name' });
    const labels = s.data.map((d) => d.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')));
    expect(s.table.rows.map((r) => r.version)).toEqual(labels);
  });
});

describe('a log axis', () => {
  it('has ticks at 1, 2 and 5 times powers of ten over a narrow range, powers alone over a wide one', () => {
    expect(logTicks(0.15, 0.4)).toEqual([0.1, 0.2, 0.5, 1]);
    expect(logTicks(0.1, 0.4)).toEqual([0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1]); // a bar of 0.1 keeps a length
    expect(logTicks(1.5, 21)).toEqual([1, 2, 5, 10, 20, 50, 100]);
    expect(logTicks(0.05, 600)).toEqual([0.01, 0.1, 1, 10, 100, 1000]);
    expect(logTicks(10, 10)).toEqual([1, 2, 5, 10]);
  });

  it('spans the values, draws the extension in log proportion, and keeps a small stub for "not disclosed"', () => {
    const s = arrangeBars(buildClipLengthSeries(latest), { scale: 'log', sort: 'data' });
    expect(s.scale).toBe('log');
    expect([s.domainMin, s.domainMax]).toEqual([1, 100]); // 5 s (Midjourney's single clip) to 21 s
    const mj = s.data.find((d) => d.id === 'midjourney-v1-video')!;
    expect(mj.baseShare).toBeCloseTo(Math.log(5) / Math.log(21), 9); // 5 s solid of 21 s, from 1 s
    const vibes = s.data.find((d) => d.id === 'vibes')!;
    expect(vibes.placeholder).toBeCloseTo(100 ** 0.05, 9); // 5% of the axis' length
    expect(vibes.total).toBe(vibes.placeholder);
    expect(vibes.value).toBeNull();
  });

  it('is not offered where the values span little (output heights)', () => {
    const s = arrangeBars(buildResolutionSeries(latest), { scale: 'log', sort: 'data' }, false);
    expect(s.scale).toBe('linear');
    expect(s.domainMin).toBe(0);
  });
});

describe('clip length versus price', () => {
  it('draws a dot for each version with both figures and lists the others with what is missing', () => {
    const s = buildLengthPriceSeries(all);
    expect(s.points.map((p) => [p.id, p.x, p.y])).toEqual([
      ['sora-2', 20, 0.1],
      ['sora-2-pro', 20, 0.3],
      ['veo-3', 8, 0.4],
      ['veo-3-fast', 8, 0.15],
      ['veo-3-1', 8, 0.4],
    ]);
    expect(s.missing).toContainEqual({ label: 'Imagine with Meta AI: Vibes', what: 'clip length and price' });
    expect(s.missing).toContainEqual({ label: 'Veo 3.1 Fast', what: 'clip length' });
    expect(s.notes.join(' ')).toMatch(/Not drawn, not disclosed: .*Veo 3\.1 Fast \(clip length\)/);
    expect(s.notes.join(' ')).toMatch(/Midjourney: V7 \(image\) is not drawn: an image model/);
    const veo = s.points.filter((p) => p.x === 8 && p.y === 0.4).map((p) => p.labelText);
    expect(veo).toEqual(['Veo 3 (retired), Veo 3.1', '']); // one label for dots at the same place
    const lines = s.points.filter((p) => p.x === 8 && p.y === 0.4).map((p) => p.labelLines);
    expect(lines).toEqual([['Veo 3 (retired)', 'Veo 3.1'], []]); // stacked, one name a line
    const fast = s.table.rows.find((r) => r.version === 'Veo 3.1 Fast')!;
    expect(fast).toMatchObject({ length: null, price: 0.15 });
  });

  it('puts both axes on a log scale when asked', () => {
    const s = buildLengthPriceSeries(all, 'log');
    expect(s.x.domain).toEqual([1, 100]);
    expect(s.y.domain).toEqual([0.01, 1]);
  });
});

describe('chart tables carry their sources and caveats', () => {
  it('each bar row names the sources of its figures; an unknown one the version’s own', () => {
    const s = buildClipLengthSeries(latest);
    const row = (v: string) => s.table.rows.find((r) => r.version === v)!;
    const mj = all.find((e) => e.version.id === 'midjourney-v1-video')!;
    const ids = [...mj.specs.maxClipSeconds!.sourceIds, ...mj.specs.maxExtendedSeconds!.sourceIds];
    expect(row('Midjourney: V1 video').sources).toBe([...new Set(ids)].join('; '));
    const vibes = all.find((e) => e.version.id === 'vibes')!;
    expect(row('Imagine with Meta AI: Vibes').sources).toBe(vibes.version.sourceIds.join('; '));
  });

  it('the capability matrix has a caveat column, one "capability: note" per caveat', () => {
    const m = buildCapabilityMatrix(latest);
    expect(m.table.columns.map((c) => c.key)).toEqual(expect.arrayContaining(['caveat', 'sources']));
    const movieGen = m.table.rows.find((r) => r.version === 'Movie Gen (announced)')!;
    const notes = m.notes.filter((n) => n.startsWith('Movie Gen (announced), ')).map((n) => n.slice(23, -1));
    expect(notes.length).toBeGreaterThan(0);
    expect(movieGen.caveat).toBe(notes.join('; ')); // the notes under the chart, on the row they explain
  });
});
