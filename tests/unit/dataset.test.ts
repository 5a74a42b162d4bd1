import { describe, expect, it } from 'vitest';
import { checkDataset, describeProblems } from '../../src/data/checkDataset';
import { companySchema, eventSchema, metaSchema, sourceSchema, systemSchema } from '../../src/data/schema';
import { rawDataset, realDataset } from '../../src/mocks/dataset';
import type { z } from 'zod';

function expectValid(schema: z.ZodType, rows: unknown[], file: string) {
  for (const row of rows) {
    const r = schema.safeParse(row);
    const id = (row as { id?: string }).id;
    expect(r.success, `${file} ${id}: ${r.success ? '' : JSON.stringify(r.error.issues)}`).toBe(true);
  }
}

describe('mock-data', () => {
  it('every file matches the schema', () => {
    expect(metaSchema.safeParse(rawDataset.meta).success).toBe(true);
    expectValid(companySchema, rawDataset.companies, 'companies.json');
    expectValid(systemSchema, rawDataset.systems, 'systems.json');
    expectValid(eventSchema, rawDataset.events, 'events.json');
    expectValid(sourceSchema, rawDataset.sources, 'sources.json');
    expect(() => realDataset()).not.toThrow();
  });

  const ds = realDataset();

  it('breaks none of the dataset rules (references, weak sources, lifecycles, histories, tiers)', () => {
    expect(describeProblems(checkDataset(ds), 50)).toBe('');
  });

  it('holds the five systems, their versions and at least 40 dated events from 2023 on', () => {
    expect(ds.systems.map((s) => s.id).sort()).toEqual(['imagine', 'midjourney', 'movie-gen', 'sora', 'veo']);
    const versionNames = ds.systems.flatMap((s) => s.versions.map((v) => v.name));
    expect(versionNames).toEqual(expect.arrayContaining(['Sora 2', 'Veo 2', 'Veo 3', 'Veo 3.1', 'V1 video']));
    expect(ds.events.length).toBeGreaterThanOrEqual(40);
    for (const e of ds.events) expect(e.date >= '2023', e.id).toBe(true);
    expect(ds.meta.kind).toBe('real');
    expect(ds.sources.filter((s) => s.kind === 'synthetic')).toEqual([]);
  });

  it('companies that build a compared system have a distinct chart colour', () => {
    const builders = new Set(ds.systems.map((s) => s.companyId));
    const colors = ds.companies.filter((c) => builders.has(c.id)).map((c) => c.color);
    expect(colors.every(Boolean)).toBe(true);
    expect(new Set(colors).size).toBe(colors.length);
  });

  it('every source is used by at least one fact', () => {
    const text = JSON.stringify([ds.companies, ds.systems, ds.events]);
    const unused = ds.sources.filter((s) => !text.includes(`"${s.id}"`)).map((s) => s.id);
    expect(unused).toEqual([]);
  });

  it('at least 90 % of sources show a date', () => {
    const dated = ds.sources.filter((s) => s.published !== null).length;
    expect(dated / ds.sources.length).toBeGreaterThanOrEqual(0.9);
  });
});
