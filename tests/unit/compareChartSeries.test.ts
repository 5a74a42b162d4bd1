import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { specsOn } from '../../src/data/history';
import { headlineVersion } from '../../src/data/lifecycle';
import type { NumberValue, System, Version } from '../../src/data/schema';
import { realDataset } from '../../src/mocks/dataset';
import { buildClipLengthSeries, buildPriceSeries, buildResolutionSeries } from '../../src/ui/charts/barSeries';
import { buildCapabilityMatrix } from '../../src/ui/charts/capabilityMatrix';
import { buildChronology, datedTime } from '../../src/ui/charts/chronology';
import { entriesOf, type ChartEntry } from '../../src/ui/charts/entries';
import { niceTicks } from '../../src/ui/charts/niceTicks';

const ds = realDataset();
const all = entriesOf(ds.systems, ds.companies, () => true);
const latest = entriesOf(ds.systems, ds.companies, (s, v) => headlineVersion(s) === v);
const entry = (id: string) => all.find((e) => e.version.id === id)!;

describe('clip length series', () => {
  it('draws each value from the dataset, the extension as a second segment, and its caveats', () => {
    const s = buildClipLengthSeries([entry('midjourney-v1-video'), entry('veo-3')]);
    const mj = s.data[0]!;
    expect(mj).toMatchObject({ value: 5, extension: 16, total: 21, placeholder: null });
    expect(mj.valueText).toBe('5 s, extended up to 21 s*');
    expect(s.notes.join(' ')).toMatch(/Midjourney: V1 video: .*21 s .* or 20 s/);
    expect(s.table.rows[0]).toMatchObject({
      version: 'Midjourney: V1 video',
      value: 5,
      extended: 21,
      status: 'public',
    });
    expect(s.table.rows[1]).toMatchObject({ version: 'Veo 3', value: 8, extended: null, status: 'retired' });
    expect(s.legend.map((l) => l.color)).toEqual(['#cc79a7', '#e69f00']);
  });

  it('labels a retired version and says when it retired and what replaced it', () => {
    const s = buildClipLengthSeries([entry('veo-3')]);
    expect(s.data[0]!.versionName).toBe('Veo 3 (retired)');
    expect(s.notes).toContain('Veo 3 was retired on 30 Jun 2026, replaced by Veo 3.1; its figures are its last.');
  });

  it('leaves image models out with a note instead of a silent gap', () => {
    const s = buildClipLengthSeries([entry('midjourney-v7'), entry('sora-2')]);
    expect(s.data.map((d) => d.id)).toEqual(['sora-2']);
    expect(s.notes[0]).toBe('Midjourney: V7 (image) is not drawn: an image model.');
  });

  it('draws an undisclosed value as a labelled, hatched stub, never as 0', () => {
    const s = buildClipLengthSeries([entry('vibes'), entry('sora-2')]);
    const vibes = s.data[0]!;
    expect(vibes.value).toBeNull();
    expect(vibes.placeholder).toBeGreaterThan(0);
    expect(vibes.valueText).toBe('not disclosed');
    expect(s.table.rows[0]!.value).toBeNull();
  });
});

describe('resolution and price series', () => {
  it('match the dataset for the latest version of every system', () => {
    const res = buildResolutionSeries(latest);
    const price = buildPriceSeries(latest);
    for (const e of latest) {
      const r = res.table.rows.find((row) => row.version === res.data.find((d) => d.id === e.version.id)?.label);
      expect(r?.value).toBe(e.version.specs.maxResolution.at(-1)?.value ?? null);
    }
    expect(price.data.map((d) => [d.id, d.value])).toEqual(
      latest
        .filter((e) => e.version.modality === 'video')
        .map((e) => [e.version.id, specsOn(e.version, null).pricePerSecond?.value ?? null]),
    );
    expect(price.data.find((d) => d.id === 'sora-2')?.valueText).toBe('$0.10/s at 720p*');
    expect(res.ticks.at(-1)).toBeGreaterThanOrEqual(2160);
  });

  it('give each tier its own bar, with the price at the lowest output height it is sold at', () => {
    const price = buildPriceSeries([entry('veo-3-1'), entry('veo-3-1-fast')]);
    expect(price.data.map((d) => [d.label, d.valueText])).toEqual([
      ['Veo 3.1', '$0.40/s at 720p*'],
      ['Veo 3.1 Fast', '$0.15/s at 720p*'],
    ]);
    expect(price.table.rows.map((r) => r.resolution)).toEqual([720, 720]);
  });
});

// Arbitrary versions: whatever the values, a known value is drawn as itself and an unknown one as a stub.
const numberValue: fc.Arbitrary<NumberValue | null> = fc.option(
  fc.record({
    value: fc.double({ min: 0, max: 1e4, noNaN: true }),
    unit: fc.constant('s'),
    from: fc.constant(null),
    sourceIds: fc.constant(['S1']),
  }),
  { nil: null },
);
const arbEntry = fc.tuple(numberValue, numberValue, fc.nat(1000)).map(([clip, ext, n]): ChartEntry => {
  const version = {
    id: `v${n}`,
    name: `V${n}`,
    modality: 'video',
    lifecycle: {},
    sourceIds: ['S1'],
  } as unknown as Version;
  const system = { id: `s${n}`, name: `S${n}`, companyId: 'c', versions: [version] } as unknown as System;
  const specs = { maxClipSeconds: clip, maxExtendedSeconds: ext } as unknown as ChartEntry['specs'];
  return { system, version, company: undefined, day: null, specs, status: 'public' };
});

describe('bar series invariants', () => {
  it('never turns "not disclosed" into 0 and never drops a bar', () => {
    fc.assert(
      fc.property(fc.array(arbEntry, { maxLength: 8 }), (entries) => {
        const s = buildClipLengthSeries(entries);
        expect(s.data).toHaveLength(entries.length);
        s.data.forEach((d, i) => {
          const clip = entries[i]!.specs.maxClipSeconds;
          expect(d.value).toBe(clip?.value ?? null);
          expect(s.table.rows[i]!.value).toBe(clip?.value ?? null);
          expect(d.total).toBeGreaterThanOrEqual(0);
          if (!clip && !d.extension) expect(d.placeholder).toBeGreaterThan(0);
          if (clip) expect(d.placeholder).toBeNull();
          expect(d.total).toBeLessThanOrEqual(s.domainMax + 1e-9);
        });
      }),
    );
  });
});

describe('capability matrix', () => {
  it('says yes, no, a value or not disclosed, as the dataset does', () => {
    const m = buildCapabilityMatrix([entry('midjourney-v1-video'), entry('veo-3')]);
    const [mj, veo] = m.rows;
    expect(mj!.cells.nativeAudio).toMatchObject({ kind: 'no', text: 'No' });
    expect(mj!.cells.textToVideo.kind).toBe('no');
    expect(mj!.cells.videoEditing).toMatchObject({ kind: 'not-disclosed', text: 'not disclosed' });
    expect(mj!.cells.frameRate).toMatchObject({ kind: 'value', text: '24 fps' });
    expect(veo!.cells.nativeAudio.kind).toBe('yes');
    expect(veo!.label).toBe('Veo 3 (retired)');
    expect(m.table.rows[0]).toMatchObject({ nativeAudio: false, videoEditing: null, frameRate: 24 });
    expect(m.notes).toContain('Midjourney: V1 video, Native audio: silent clips.');
  });
});

describe('release chronology', () => {
  it('puts every dated version on the axis, hollow when only announced, and says which are undated', () => {
    const c = buildChronology(all);
    const retired = all.filter((e) => e.status === 'retired');
    expect(c.points.filter((p) => p.kind !== 'retired')).toHaveLength(all.length);
    expect(c.points.filter((p) => p.kind === 'retired').map((p) => p.id)).toEqual(
      expect.arrayContaining(retired.map((e) => `${e.version.id}:retired`)),
    );
    const movieGen = c.points.find((p) => p.id === 'movie-gen-2024')!;
    expect(movieGen).toMatchObject({ kind: 'announced', dateText: '4 Oct 2024' });
    expect(c.points.find((p) => p.id === 'veo-3')).toMatchObject({ kind: 'released', x: Date.UTC(2025, 4, 20) });
    expect(c.points.find((p) => p.id === 'veo-3:retired')).toMatchObject({ dateText: '30 Jun 2026' });
    expect(c.notes).toEqual([]);
    expect(c.table.rows.find((r) => r.version === 'Movie Gen')).toMatchObject({ released: 'not released' });
    expect(c.table.rows.find((r) => r.version === 'Sora 2')).toMatchObject({
      retired: '2026-09-24',
      status: 'retired',
    });
    expect(c.rows).toEqual(ds.systems.map((s) => s.name));
    for (const p of c.points) expect(p.x).toBeGreaterThan(c.domain[0]);
  });

  it('as of a day, draws only what was out then: later releases as announcements, no later retirements', () => {
    const c = buildChronology(
      entriesOf(ds.systems, ds.companies, () => true, '2025-06-01'),
      '2025-06-01',
    );
    const veo = c.points.filter((p) => p.row === 'Veo').map((p) => `${p.id}:${p.kind}`);
    expect(veo).toEqual(['veo-1:announced', 'veo-2:released', 'veo-3:released']);
    expect(c.points.some((p) => p.kind === 'retired' && p.row === 'Veo')).toBe(false);
  });

  it('places a month-only date mid-month and marks the as-of day', () => {
    expect(datedTime({ date: '2024-12', precision: 'month' })).toBe(Date.UTC(2024, 11, 15));
    expect(buildChronology(all, '2025-01-01').asOf).toBe(Date.UTC(2025, 0, 1));
  });
});

describe('niceTicks', () => {
  it('gives round ticks from 0 to just above the maximum', () => {
    expect(niceTicks(148)).toEqual([0, 50, 100, 150]);
    expect(niceTicks(2160)).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(niceTicks(0.4)).toEqual([0, 0.2, 0.4]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(5e-324)).toEqual([0, 1]); // found by fast-check: no power of ten that small
  });
});

describe('bar chart ticks', () => {
  it('make room for the longest version name, so "Gemini Omni 1.2 Flash" is not cut', async () => {
    const { tickWidth } = await import('../../src/ui/charts/SpecBarChart');
    const s = buildClipLengthSeries([entry('gemini-omni-1-2-flash'), entry('veo-3')]);
    expect(tickWidth(s)).toBeGreaterThanOrEqual('Gemini Omni 1.2 Flash'.length * 6.8);
    expect(tickWidth(buildClipLengthSeries([entry('midjourney-v1-video')]))).toBe(100);
  });
});
