import { describe, expect, it } from 'vitest';
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
  const sourceIds = new Set(ds.sources.map((s) => s.id));
  const companyIds = new Set(ds.companies.map((c) => c.id));
  const systemIds = new Set(ds.systems.map((s) => s.id));

  it('every id is unique within its kind and across versions', () => {
    const versions = ds.systems.flatMap((s) => s.versions.map((v) => v.id));
    for (const ids of [
      ds.sources.map((s) => s.id),
      ds.companies.map((c) => c.id),
      [...ds.systems.map((s) => s.id), ...versions],
      ds.events.map((e) => e.id),
    ]) {
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(dupes).toEqual([]);
    }
  });

  it('every sourceId resolves', () => {
    const used: string[] = [];
    for (const c of ds.companies) used.push(...c.sourceIds);
    for (const s of ds.systems) {
      used.push(...s.sourceIds);
      for (const v of s.versions) {
        used.push(...v.sourceIds);
        for (const spec of Object.values(v.specs)) if (spec) used.push(...spec.sourceIds);
      }
    }
    for (const e of ds.events) used.push(...e.sourceIds);
    expect(used.filter((id) => !sourceIds.has(id))).toEqual([]);
  });

  it('every company and system reference resolves', () => {
    for (const s of ds.systems) expect(companyIds.has(s.companyId), s.id).toBe(true);
    for (const e of ds.events) {
      for (const c of e.companyIds) expect(companyIds.has(c), `${e.id} company ${c}`).toBe(true);
      for (const s of e.systemIds) expect(systemIds.has(s), `${e.id} system ${s}`).toBe(true);
    }
  });

  it('holds the five systems, their versions and at least 40 dated events from 2023 on', () => {
    expect(ds.systems.map((s) => s.id).sort()).toEqual(['imagine', 'midjourney', 'movie-gen', 'sora', 'veo']);
    const versionNames = ds.systems.flatMap((s) => s.versions.map((v) => v.name));
    expect(versionNames).toEqual(expect.arrayContaining(['Sora 2', 'Veo 2', 'Veo 3', 'Veo 3.1', 'V1 video']));
    expect(ds.events.length).toBeGreaterThanOrEqual(40);
    for (const e of ds.events) expect(e.date >= '2023', e.id).toBe(true);
    expect(ds.meta.kind).toBe('real');
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
});

describe('versions', () => {
  it('a variant names a version of the same system', () => {
    for (const s of realDataset().systems) {
      const ids = new Set(s.versions.map((v) => v.id));
      for (const v of s.versions) if (v.variantOf) expect(ids.has(v.variantOf), v.id).toBe(true);
    }
  });
});
