import { describe, expect, it } from 'vitest';
import { eventFacetsSchema } from '../../src/data/schema';
import { realDataset } from '../../src/mocks/dataset';

const base = 'http://localhost:3000/api/v1';
async function get(path: string) {
  const res = await fetch(`${base}${path}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('mock data API v1', () => {
  const ds = realDataset();

  it('GET /meta carries the dataset counts', async () => {
    const { status, body } = await get('/meta');
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ kind: 'real', counts: { systems: 5, events: ds.events.length } });
  });

  it('GET /companies, /systems and /sources return every record', async () => {
    expect((await get('/companies')).body.data).toHaveLength(ds.companies.length);
    expect((await get('/systems')).body.data).toHaveLength(5);
    expect((await get('/sources')).body.data).toHaveLength(ds.sources.length);
  });

  it('GET /systems/:id returns one system, or 404 with an error body', async () => {
    expect((await get('/systems/sora')).body.data).toMatchObject({ id: 'sora', name: 'Sora' });
    const missing = await get('/systems/nope');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: { code: 'not_found', message: expect.stringContaining('nope') } });
  });

  it('GET /events pages by cursor through every event, newest first, without repeats', async () => {
    const ids: string[] = [];
    let cursor: string | null = null;
    let total: number;
    do {
      const { body } = await get(`/events?limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      const page = body as { data: { id: string; date: string }[]; total: number; nextCursor: string | null };
      ids.push(...page.data.map((e) => e.id));
      total = page.total;
      cursor = page.nextCursor;
    } while (cursor);
    expect(total).toBe(ds.events.length);
    expect(new Set(ids).size).toBe(ds.events.length);
  });

  it('GET /events filters: Meta partnerships include the Midjourney licensing deal', async () => {
    const { body } = await get('/events?company=meta&type=partnership');
    const data = body.data as { title: string; companyIds: string[]; type: string }[];
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((e) => e.type === 'partnership' && e.companyIds.includes('meta'))).toBe(true);
    expect(data.some((e) => /midjourney/i.test(e.title))).toBe(true);
  });

  it('GET /events answers 400 naming the bad parameter', async () => {
    const { status, body } = await get('/events?from=2025-13-40');
    expect(status).toBe(400);
    expect(body).toEqual({ error: { code: 'invalid_parameter', message: expect.stringMatching(/^from: /) } });
  });

  it('GET /events/facets counts options with the other filters applied and agrees with /events', async () => {
    const qs = 'company=meta&type=partnership';
    const [{ status, body }, list] = await Promise.all([get(`/events/facets?${qs}`), get(`/events?${qs}`)]);
    expect(status).toBe(200);
    const facets = eventFacetsSchema.parse(body.data);
    expect(facets.total).toBe(list.body.total);
    // Picking Meta's partnerships: the type option "partnership" gives as many as the list shows.
    expect(facets.counts.type.partnership).toBe(facets.total);
    expect(facets.counts.company.meta).toBe(facets.total);
    expect(Object.keys(facets.counts.company).sort()).toEqual(ds.companies.map((c) => c.id).sort());
    const monthsTotal = facets.months.reduce((n, m) => n + Object.values(m.byCompany).reduce((a, b) => a + b, 0), 0);
    expect(monthsTotal).toBe(facets.total);
  });

  it('GET /events/facets without filters counts every event once per month, and in every lane it touches', async () => {
    const facets = eventFacetsSchema.parse((await get('/events/facets')).body.data);
    expect(facets.total).toBe(ds.events.length);
    expect(facets.months.every((m) => m.outside === 0)).toBe(true);
    const laneTotal = facets.lanes.reduce((n, l) => n + l.count, 0);
    expect(laneTotal).toBe(ds.events.reduce((n, e) => n + e.companyIds.length, 0));
    expect(facets.months.map((m) => m.month)).toEqual([...facets.months.map((m) => m.month)].sort());
  });

  it('GET /events/facets answers 400 naming the bad parameter', async () => {
    const { status, body } = await get('/events/facets?type=rumour');
    expect(status).toBe(400);
    expect(body).toEqual({ error: { code: 'invalid_parameter', message: expect.stringMatching(/^type: /) } });
  });

  it('an unknown endpoint is a 404 in the API error shape', async () => {
    const { status, body } = await get('/nothing-here');
    expect(status).toBe(404);
    expect(body).toHaveProperty('error.code', 'not_found');
  });
});
