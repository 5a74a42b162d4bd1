import { describe, expect, it, vi } from 'vitest';
import { datasetSchema } from '../../src/data/schema';
import { chaosModeFrom } from '../../src/mocks/chaos';
import { realDataset } from '../../src/mocks/dataset';
import { datasetVariantFrom, loadDataset } from '../../src/mocks/variants';
import { HOSTILE } from '../../src/mocks/variants/hostile';

function memoryStorage() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}

describe('dataset variants', () => {
  it('?dataset= picks a variant, keeps it for the tab, and real or garbage go back to real', () => {
    const s = memoryStorage();
    expect(datasetVariantFrom('?dataset=hostile', s)).toBe('hostile');
    expect(datasetVariantFrom('', s)).toBe('hostile');
    expect(datasetVariantFrom('?dataset=real', s)).toBe('real');
    expect(datasetVariantFrom('', s)).toBe('real');
    expect(datasetVariantFrom('?dataset=../../etc', s)).toBe('real');
  });

  it('the hostile variant is schema-valid, labelled synthetic, and leaves the real dataset untouched', async () => {
    const before = JSON.stringify(realDataset());
    const hostile = await loadDataset('hostile');
    expect(datasetSchema.safeParse(hostile).success).toBe(true);
    expect(hostile.meta.kind).toBe('synthetic');
    expect(JSON.stringify(hostile)).toContain(JSON.stringify(HOSTILE.script).slice(1, -1));
    expect(JSON.stringify(realDataset())).toBe(before);
  });
});

describe('dataset checks in the browser mock', () => {
  it('after a build that validated mock-data/, serves the real files as they are; variants are still checked', async () => {
    vi.stubEnv('GENSCOPE_DATASET_CHECKED', 'true');
    vi.resetModules();
    const checked = vi.fn(<T>(ds: T) => ds);
    const realDataset = vi.fn(() => {
      throw new Error('the real dataset was validated again at run time');
    });
    vi.doMock('../../src/mocks/dataset', () => ({ checked, realDataset }));
    try {
      const { loadDataset: load } = await import('../../src/mocks/variants');
      const { rawDataset } = await import('../../src/mocks/rawDataset');
      expect(await load('real')).toBe(rawDataset);
      expect(checked).not.toHaveBeenCalled();
      const hostile = await load('hostile');
      expect(checked).toHaveBeenCalledWith(hostile);
      expect(realDataset).not.toHaveBeenCalled();
    } finally {
      vi.doUnmock('../../src/mocks/dataset');
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });

  it('without that proof (dev, tests), the real dataset is validated when the mock loads it', async () => {
    const { realDataset } = await import('../../src/mocks/dataset');
    expect(await loadDataset('real')).toBe(realDataset());
  });
});

describe('chaos switch', () => {
  it('reads ?mock=, keeps it, and off or unknown values clear it', () => {
    const s = memoryStorage();
    expect(chaosModeFrom('?mock=flaky', s)).toBe('flaky');
    expect(chaosModeFrom('?other=1', s)).toBe('flaky');
    expect(chaosModeFrom('?mock=off', s)).toBeNull();
    expect(chaosModeFrom('', s)).toBeNull();
    expect(chaosModeFrom('?mock=<script>', s)).toBeNull();
    expect(chaosModeFrom('?mock=slow', null)).toBe('slow');
  });
});

describe('synthetic dataset generator', () => {
  it('is deterministic, schema-valid, labelled synthetic and cites a synthetic source', async () => {
    const { generateSyntheticDataset } = await import('../../src/mocks/variants/synthetic');
    const a = generateSyntheticDataset(realDataset(), { events: 2000, seed: 7 });
    const b = generateSyntheticDataset(realDataset(), { events: 2000, seed: 7 });
    const c = generateSyntheticDataset(realDataset(), { events: 2000, seed: 8 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a.events)).not.toBe(JSON.stringify(c.events));
    expect(datasetSchema.safeParse(a).success).toBe(true);
    expect(a.meta.kind).toBe('synthetic');
    expect(
      a.events.every((e) => e.sourceIds.includes('synthetic') && e.date >= '2023-01' && e.date <= '2026-11-26'),
    ).toBe(true);
    expect(realDataset().events.some((e) => e.id.startsWith('syn-'))).toBe(false);
  });
});
