/** Each rule of checkDataset refuses its bad case, naming the record and the field. */
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/data/checkDataset';
import type { Dataset, Version } from '../../src/data/schema';

const noSpecs = (): Version['specs'] => ({
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
});

function version(id: string, patch: Partial<Version> = {}): Version {
  return {
    id,
    name: id,
    modality: 'video',
    lifecycle: {
      announced: { date: '2025-01-10', precision: 'day', sourceIds: ['S1'] },
      released: { date: '2025-02-10', precision: 'day', access: 'public', sourceIds: ['S1'] },
      retired: null,
    },
    specs: noSpecs(),
    summary: 'A version.',
    sourceIds: ['S1'],
    ...patch,
  };
}

function dataset(versions: Version[], patch: Partial<Dataset> = {}): Dataset {
  return {
    meta: { title: 't', version: '1', updatedAt: '2026-11-26', license: 'l', description: 'd', kind: 'real' },
    companies: [{ id: 'acme', name: 'Acme', color: '#112233', url: null, sourceIds: ['S1'] }],
    systems: [
      {
        id: 'sys',
        name: 'Sys',
        companyId: 'acme',
        modalities: ['video'],
        summary: 's',
        url: null,
        versions,
        sourceIds: ['S1'],
      },
    ],
    events: [],
    sources: [
      {
        id: 'S1',
        title: 'Own page',
        publisher: 'Acme',
        url: 'https://acme.test',
        published: '2025-01-10',
        accessed: '2026-11-26',
        kind: 'first-party',
      },
      {
        id: 'W1',
        title: 'Reseller page',
        publisher: 'Resell',
        url: 'https://resell.test',
        published: null,
        accessed: '2026-11-26',
        kind: 'reseller',
      },
    ],
    ...patch,
  };
}

const price = (value: number, date: string | null, resolution: number | null = 720) => ({
  value,
  unit: 'USD/s',
  from: date ? { date, precision: 'day' as const } : null,
  resolution,
  sourceIds: ['S1'],
});

describe('checkDataset', () => {
  it('passes a good dataset', () => {
    expect(checkDataset(dataset([version('v1')]))).toEqual([]);
  });

  it('refuses an unordered history', () => {
    const v = version('v1', {
      specs: { ...noSpecs(), pricePerSecond: [price(0.4, '2025-09-01'), price(0.75, '2025-07-01')] },
    });
    expect(checkDataset(dataset([v]))).toEqual([
      expect.objectContaining({ record: 'systems/sys/versions/v1', field: 'specs.pricePerSecond[1].from' }),
    ]);
  });

  it('refuses two values from the same day (overlap), but not two prices at different heights', () => {
    const overlap = version('v1', {
      specs: { ...noSpecs(), pricePerSecond: [price(0.4, '2025-09-01'), price(0.5, '2025-09-01')] },
    });
    expect(checkDataset(dataset([overlap]))[0]?.message).toMatch(/overlaps/);
    const heights = version('v1', {
      specs: { ...noSpecs(), pricePerSecond: [price(0.4, '2025-09-01', 720), price(0.6, '2025-09-01', 2160)] },
    });
    expect(checkDataset(dataset([heights]))).toEqual([]);
  });

  it('refuses an undated value after the first', () => {
    const v = version('v1', { specs: { ...noSpecs(), pricePerSecond: [price(0.4, '2025-09-01'), price(0.5, null)] } });
    expect(checkDataset(dataset([v]))[0]?.message).toMatch(/only the first value/);
  });

  it('refuses a retirement before the release', () => {
    const v = version('v1');
    v.lifecycle.retired = { date: '2024-12-31', precision: 'day', replacedBy: null, sourceIds: ['S1'] };
    expect(checkDataset(dataset([v]))).toEqual([
      expect.objectContaining({
        field: 'lifecycle.retired.date',
        message: expect.stringMatching(/before it was released/),
      }),
    ]);
  });

  it('refuses a change dated before its version was announced', () => {
    const v = version('v1', { specs: { ...noSpecs(), pricePerSecond: [price(0.4, '2024-06-01')] } });
    expect(checkDataset(dataset([v]))).toEqual([
      expect.objectContaining({
        field: 'specs.pricePerSecond[0].from',
        message: expect.stringMatching(/before the version was announced/),
      }),
    ]);
  });

  it('refuses a source id that does not resolve', () => {
    const v = version('v1', { sourceIds: ['S404'] });
    expect(checkDataset(dataset([v]))).toEqual([
      expect.objectContaining({
        record: 'systems/sys/versions/v1',
        field: 'sourceIds',
        message: 'source "S404" does not exist',
      }),
    ]);
  });

  it('refuses a weak source alone, and accepts it beside a strong one', () => {
    expect(checkDataset(dataset([version('v1', { sourceIds: ['W1'] })]))[0]?.message).toMatch(/only on weak sources/);
    expect(checkDataset(dataset([version('v1', { sourceIds: ['W1', 'S1'] })]))).toEqual([]);
  });

  it('refuses a tier without its parent, and a tier without a name', () => {
    const orphan = version('v1-fast', { variantOf: 'v1', tier: 'Fast' });
    expect(checkDataset(dataset([orphan]))).toEqual([expect.objectContaining({ field: 'variantOf' })]);
    const unnamed = version('v1-fast', { variantOf: 'v1' });
    expect(checkDataset(dataset([version('v1'), unnamed]))).toEqual([expect.objectContaining({ field: 'tier' })]);
  });

  it('refuses a replacement that does not exist and an event naming an unknown version', () => {
    const v = version('v1');
    v.lifecycle.retired = { date: '2026-01-01', precision: 'day', replacedBy: 'v9', sourceIds: ['S1'] };
    const event = {
      id: 'e1',
      date: '2025-03-01',
      precision: 'day' as const,
      companyIds: ['acme'],
      systemIds: ['sys'],
      versionIds: ['v8'],
      type: 'release' as const,
      title: 't',
      summary: 's',
      sourceIds: ['S1'],
    };
    const fields = checkDataset(dataset([v], { events: [event] })).map((p) => p.field);
    expect(fields).toEqual(['lifecycle.retired.replacedBy', 'versionIds[0]']);
  });

  it('refuses a fact dated after the dataset', () => {
    const v = version('v1');
    v.lifecycle.retired = { date: '2027-01', precision: 'month', replacedBy: null, sourceIds: ['S1'] };
    expect(checkDataset(dataset([v]))[0]?.message).toMatch(/after the dataset's date/);
  });
});
