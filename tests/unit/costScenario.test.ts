import { describe, expect, it } from 'vitest';
import { clipCost, priceAt, type CostScenario } from '../../src/features/compare/costScenario';
import { buildCostSeries } from '../../src/features/compare/costSeries';
import { realDataset } from '../../src/mocks/dataset';
import { entriesOf } from '../../src/ui/charts/entries';

const ds = realDataset();
const on = (id: string, day: string | null = null) =>
  entriesOf(ds.systems, ds.companies, (_, v) => v.id === id, day)[0]!;
const scenario = (over: Partial<CostScenario> = {}): CostScenario => ({
  seconds: 30,
  resolution: 720,
  audio: true,
  ...over,
});

describe('what a clip costs', () => {
  it('needs ceil(length / longest generation) generations, each billed at full length, at the price in force', () => {
    // Veo 3.1: 8 s generations at $0.40/s at 720p: a 30 s clip takes 4 generations, 32 s billed, $12.80.
    const veo = clipCost(on('veo-3-1'), scenario());
    expect(veo).toMatchObject({ generations: 4, billedSeconds: 32, unknown: null, cannot: null });
    expect(veo.cost?.value).toBe(12.8);
    expect(veo.cost?.note).toBe('4 × 8 s at $0.40/s');
    // Exactly one generation long: no rounding up.
    expect(clipCost(on('veo-3-1'), scenario({ seconds: 8 })).cost?.value).toBe(3.2);
    // The Fast tier has its own price.
    expect(clipCost(on('veo-3-1-fast'), scenario()).cost).toBeNull(); // its longest generation is not disclosed
  });

  it('uses the price at the chosen output height, and the price in force on the day', () => {
    expect(priceAt(on('veo-3-1'), 2160)?.value).toBe(0.6);
    expect(clipCost(on('veo-3-1'), scenario({ resolution: 2160 })).cost?.value).toBe(19.2);
    // Before the 4K price is known (and before 4K existed) it is not disclosed, or not offered.
    expect(clipCost(on('veo-3-1', '2025-12-01'), scenario({ resolution: 2160 })).cannot).toBe(
      'its highest output is 1080p',
    );
    // Veo 3 had no published API price before 9 Sep 2025.
    const before = clipCost(on('veo-3', '2025-08-01'), scenario());
    expect(before).toMatchObject({ cost: null, unknown: 'no API price at 720p is disclosed' });
    expect(clipCost(on('veo-3', '2025-10-01'), scenario()).cost?.value).toBe(12.8);
  });

  it('says why a version cannot make the clip, or why its cost is unknown — never 0', () => {
    expect(clipCost(on('midjourney-v7'), scenario()).cannot).toBe('an image model');
    expect(clipCost(on('midjourney-v1-video'), scenario()).cannot).toBe('it makes no sound');
    expect(clipCost(on('midjourney-v1-video'), scenario({ audio: false })).cannot).toBe('its highest output is 480p');
    expect(clipCost(on('midjourney-v1-video'), scenario({ audio: false, resolution: 480 })).unknown).toBe(
      'no API price at 480p is disclosed',
    );
    expect(clipCost(on('sora-2'), scenario({ resolution: 1080 })).cannot).toBe('its highest output is 720p');
    const silent = clipCost(on('veo-3-1'), scenario({ audio: false }));
    expect(silent.cost?.note).toMatch(/priced with sound/);
  });

  it('draws one bar per version that can make the clip, with the assumptions and unknowns under the chart', () => {
    const entries = ['sora-2', 'veo-3-1', 'midjourney-v1-video', 'vibes'].map((id) => on(id));
    const s = buildCostSeries(entries, scenario({ seconds: 10 }));
    expect(s.data.map((d) => [d.id, d.value])).toEqual([
      ['sora-2', 2], // one 20 s generation (its last limit) at $0.10/s
      ['veo-3-1', 6.4], // two 8 s generations at $0.40/s
      ['vibes', null],
    ]);
    expect(s.table.rows.map((r) => [r.version, r.generations, r.billed, r.price, r.height, r.value])).toEqual([
      ['Sora 2', 1, 20, 0.1, 720, 2],
      ['Veo 3.1', 2, 16, 0.4, 720, 6.4],
      ['Imagine with Meta AI: Vibes', null, null, null, null, null],
    ]);
    expect(s.notes[0]).toMatch(/^A 10 s clip at 720p, with sound/);
    expect(s.notes).toContain('Midjourney: V1 video is not drawn: it makes no sound.');
    // As of a day, the limits and prices in force that day: Sora 2's 12 s generations in December 2025.
    const dec = buildCostSeries([on('sora-2', '2025-12-01')], scenario({ seconds: 10 }));
    expect(dec.table.rows[0]).toMatchObject({ generations: 1, billed: 12, value: 1.2 });
    expect(s.notes.some((n) => n.startsWith('Imagine with Meta AI: Vibes: cost not disclosed'))).toBe(true);
  });
});
