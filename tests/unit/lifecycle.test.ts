/** Status and values on a day: derived from lifecycle dates and dated histories, month precision counted honestly. */
import { describe, expect, it } from 'vitest';
import { pricesOn, specsOn, valueOn } from '../../src/data/history';
import { headlineVersion, isUncertainOn, shutDownOn, statusOn } from '../../src/data/lifecycle';
import type { PriceValue, System, Version } from '../../src/data/schema';

const day = (date: string) => ({ date, precision: 'day' as const });
const month = (date: string) => ({ date, precision: 'month' as const });
const price = (value: number, from: ReturnType<typeof day> | null, resolution: number | null): PriceValue => ({
  value,
  unit: 'USD/s',
  from,
  resolution,
  sourceIds: ['S1'],
});

function version(id: string, lifecycle: Partial<Version['lifecycle']>, specs: Partial<Version['specs']> = {}): Version {
  return {
    id,
    name: id,
    modality: 'video',
    lifecycle: { announced: null, released: null, retired: null, ...lifecycle },
    specs: {
      maxClipSeconds: [],
      maxExtendedSeconds: [],
      maxResolution: [],
      frameRate: [],
      nativeAudio: [],
      textToVideo: [],
      imageToVideo: [],
      videoEditing: [],
      personalisation: [],
      pricePerSecond: [],
      access: [],
      parametersBillions: [],
      ...specs,
    },
    summary: 's',
    sourceIds: ['S1'],
  };
}

const src = { sourceIds: ['S1'] };
const v2 = version('v2', { released: { ...month('2024-12'), access: 'limited', ...src } });
const v3 = version(
  'v3',
  {
    announced: { ...day('2025-05-20'), ...src },
    released: { ...day('2025-05-20'), access: 'limited', ...src },
    retired: { ...day('2026-06-30'), replacedBy: 'v31', ...src },
  },
  {
    access: [
      { value: 'Ultra subscribers', unit: null, from: null, sourceIds: ['S1'] },
      { value: 'Generally available', unit: null, from: day('2025-07-29'), level: 'public', sourceIds: ['S1'] },
    ],
    pricePerSecond: [price(0.75, null, 720), price(0.4, day('2025-09-09'), 720), price(0.6, day('2025-09-09'), 2160)],
  },
);

describe('statusOn', () => {
  it('follows the lifecycle: not yet, announced, released at its access, wider access, retired', () => {
    expect(statusOn(v3, '2025-05-19')).toBeNull();
    expect(statusOn(v3, '2025-05-20')).toBe('limited');
    expect(statusOn(v3, '2025-07-29')).toBe('public');
    expect(statusOn(v3, '2026-06-29')).toBe('public');
    expect(statusOn(v3, '2026-06-30')).toBe('retired');
    expect(statusOn(v3, null)).toBe('retired');
  });

  it('counts a month-only date from the last day of its month, and calls the days before it uncertain', () => {
    expect(statusOn(v2, '2024-12-05')).toBeNull();
    expect(statusOn(v2, '2024-12-31')).toBe('limited');
    expect(isUncertainOn(v2.lifecycle.released, '2024-12-05')).toBe(true);
    expect(isUncertainOn(v2.lifecycle.released, '2024-12-31')).toBe(false);
    expect(isUncertainOn(v2.lifecycle.released, '2024-11-30')).toBe(false);
  });
});

describe('values on a day', () => {
  it('takes the value in force, per output height for prices, lowest height first', () => {
    expect(pricesOn(v3, '2025-08-01').map((p) => [p.resolution, p.value])).toEqual([[720, 0.75]]);
    expect(pricesOn(v3, '2025-09-09').map((p) => [p.resolution, p.value])).toEqual([
      [720, 0.4],
      [2160, 0.6],
    ]);
    expect(specsOn(v3, '2025-08-01').pricePerSecond?.value).toBe(0.75);
    expect(specsOn(v3, null).pricePerSecond?.value).toBe(0.4);
  });

  it('says nothing before the version came out; an undated first value holds from then', () => {
    expect(valueOn(v3.specs.access, v3, '2025-05-01')).toBeNull();
    expect(valueOn(v3.specs.access, v3, '2025-06-01')?.value).toBe('Ultra subscribers');
    expect(valueOn(v3.specs.access, v3, null)?.value).toBe('Generally available');
  });
});

describe('headline and shutdown', () => {
  const v31 = version('v31', { released: { ...day('2025-10-15'), access: 'limited', ...src } });
  const lite = {
    ...version('v31-lite', { released: { ...day('2026-03-31'), access: 'limited', ...src } }),
    variantOf: 'v31',
    tier: 'Lite',
  };
  const system = {
    id: 's',
    name: 'S',
    companyId: 'c',
    modalities: ['video'],
    summary: 's',
    url: null,
    sourceIds: ['S1'],
    versions: [v2, v3, v31, lite],
  } as System;

  it('is the newest live release, never a tier, and a retired version stops being it', () => {
    expect(headlineVersion(system, '2025-09-01')?.id).toBe('v3');
    expect(headlineVersion(system, '2026-05-01')?.id).toBe('v31');
    expect(headlineVersion(system, null)?.id).toBe('v31');
  });

  it('a system is shut down once every version out is retired', () => {
    expect(shutDownOn(system, null)).toBeNull();
    const gone = { ...system, versions: [v3] };
    expect(shutDownOn(gone, '2026-07-01')).toEqual(day('2026-06-30'));
    expect(shutDownOn(gone, '2026-06-01')).toBeNull();
  });
});
