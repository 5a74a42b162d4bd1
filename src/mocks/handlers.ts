/**
 * The data API contract (design.md, "Data API contract (v1)") over a dataset. One handler set serves the
 * browser worker, msw/node in Vitest, and the built app in e2e.
 */
import { http, HttpResponse } from 'msw';
import type { Dataset } from '../data/schema';
import { realDataset } from './dataset';
import { computeFacetsIndexed } from './eventFacets';
import { buildEventIndex, queryPage, type EventIndex } from './eventIndex';
import { encodeCursor, parseEventsQuery } from './eventsQuery';

/** Matches the API on any origin, so the same handlers work in the browser and in Node. */
export const API = '*/api/v1';

export function apiError(status: number, code: string, message: string) {
  return HttpResponse.json({ error: { code, message } }, { status });
}

function parseEvents(request: Request, ds: Dataset) {
  return parseEventsQuery(new URL(request.url).searchParams, {
    companies: new Set(ds.companies.map((c) => c.id)),
    systems: new Set(ds.systems.map((s) => s.id)),
  });
}

export function createHandlers(getDataset: () => Dataset = realDataset) {
  // Built once per dataset: sorting, posting lists, bit masks and the word index (see eventIndex.ts).
  const indexes = new WeakMap<Dataset, EventIndex>();
  const indexOf = (ds: Dataset) => {
    let index = indexes.get(ds);
    if (!index) indexes.set(ds, (index = buildEventIndex(ds.events)));
    return index;
  };

  return [
    http.get(`${API}/meta`, () => {
      const ds = getDataset();
      const counts = {
        companies: ds.companies.length,
        systems: ds.systems.length,
        events: ds.events.length,
        sources: ds.sources.length,
      };
      return HttpResponse.json({ data: { ...ds.meta, counts } });
    }),
    http.get(`${API}/companies`, () => HttpResponse.json({ data: getDataset().companies })),
    http.get(`${API}/systems`, () => HttpResponse.json({ data: getDataset().systems })),
    http.get(`${API}/systems/:id`, ({ params }) => {
      const system = getDataset().systems.find((s) => s.id === params.id);
      if (!system) return apiError(404, 'not_found', `no system with id "${String(params.id).slice(0, 80)}"`);
      return HttpResponse.json({ data: system });
    }),
    http.get(`${API}/sources`, () => HttpResponse.json({ data: getDataset().sources })),
    http.get(`${API}/events`, ({ request }) => {
      const ds = getDataset();
      const parsed = parseEvents(request, ds);
      if (!parsed.ok) return apiError(400, 'invalid_parameter', `${parsed.param}: ${parsed.message}`);
      const { offset, limit, ...filter } = parsed.value;
      const index = indexOf(ds);
      const { positions, total } = queryPage(index, filter, offset, limit);
      const next = offset + limit < total ? encodeCursor(offset + limit) : null;
      return HttpResponse.json({ data: positions.map((i) => index.sorted[i]), total, nextCursor: next });
    }),
    // Facet counts and chart aggregates for the same filter parameters (cursor and limit are ignored).
    http.get(`${API}/events/facets`, ({ request }) => {
      const ds = getDataset();
      const parsed = parseEvents(request, ds);
      if (!parsed.ok) return apiError(400, 'invalid_parameter', `${parsed.param}: ${parsed.message}`);
      const data = computeFacetsIndexed(indexOf(ds), parsed.value, {
        companies: ds.companies.map((c) => c.id),
        systems: ds.systems.map((s) => s.id),
        charted: new Set(ds.companies.filter((c) => c.color).map((c) => c.id)),
      });
      return HttpResponse.json({ data });
    }),
    http.all(`${API}/*`, ({ request }) =>
      apiError(404, 'not_found', `no endpoint ${request.method} ${new URL(request.url).pathname}`),
    ),
  ];
}

export const handlers = createHandlers();
