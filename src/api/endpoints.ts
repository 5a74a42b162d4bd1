/**
 * One function per endpoint of the data API v1, over a dataset view. Paths are relative to /api/v1.
 * The meaning of every parameter and field is written down in openapi.ts (the contract of record).
 */
import { computeFacetsIndexed } from './eventFacets';
import { queryPage } from './eventIndex';
import { positionAt } from '../data/dayPosition';
import { encodeCursor, parseEventsQuery } from './eventsQuery';
import { apiError, clip, ok, type ApiResponse } from './apiResponse';
import type { DatasetView } from './datasetView';
import { openApiDocument } from './openapi';

type Endpoint = (view: DatasetView, query: URLSearchParams) => ApiResponse;

function events(view: DatasetView, query: URLSearchParams): ApiResponse {
  const parsed = parseEventsQuery(query, view.known);
  if (!parsed.ok) return apiError(400, 'invalid_parameter', `${parsed.param}: ${parsed.message}`);
  const { at, limit, order, ...filter } = parsed.value;
  const index = view.index();
  const oldest = order === 'oldest';
  let offset = parsed.value.offset;
  let page;
  if (at === null) page = queryPage(index, filter, offset, limit, oldest);
  else {
    // Where the day falls in the whole filtered list; with no event on or after it, past the end (an empty page).
    const all = queryPage(index, filter, 0, Infinity, oldest);
    offset = positionAt(all.total, (k) => index.sorted[all.positions[k]!]!, at, order) ?? all.total;
    page = { positions: all.positions.slice(offset, offset + limit), total: all.total };
  }
  const { positions, total } = page;
  const nextCursor = offset + limit < total ? encodeCursor(offset + limit) : null;
  const prevCursor = offset > 0 ? encodeCursor(Math.max(0, Math.min(offset, total) - limit)) : null;
  return ok({ data: positions.map((i) => index.sorted[i]), total, offset, nextCursor, prevCursor });
}

/** Facet counts and chart aggregates for the same filter parameters (cursor and limit are checked, not used). */
function facets(view: DatasetView, query: URLSearchParams): ApiResponse {
  const parsed = parseEventsQuery(query, view.known);
  if (!parsed.ok) return apiError(400, 'invalid_parameter', `${parsed.param}: ${parsed.message}`);
  return ok({ data: computeFacetsIndexed(view.index(), parsed.value, view.facetIds) });
}

function meta({ dataset: ds }: DatasetView): ApiResponse {
  const counts = {
    companies: ds.companies.length,
    systems: ds.systems.length,
    events: ds.events.length,
    sources: ds.sources.length,
  };
  return ok({ data: { ...ds.meta, counts } });
}

export const ENDPOINTS: Readonly<Record<string, Endpoint>> = {
  '/meta': meta,
  '/companies': ({ dataset }) => ok({ data: dataset.companies }),
  '/systems': ({ dataset }) => ok({ data: dataset.systems }),
  '/sources': ({ dataset }) => ok({ data: dataset.sources }),
  '/events': events,
  '/events/facets': facets,
  '/openapi.json': () => ok(openApiDocument()),
};

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** `/systems/:id`: the id is one path segment, percent-decoded. */
export function systemById({ dataset }: DatasetView, segment: string): ApiResponse {
  const id = decodeSegment(segment);
  const system = dataset.systems.find((s) => s.id === id);
  if (!system) return apiError(404, 'not_found', `no system with id "${clip(id, 80)}"`);
  return ok({ data: system });
}

/** `/events/:id`: one event, whatever any filter or page (so a link to it always opens it). */
export function eventById({ dataset }: DatasetView, segment: string): ApiResponse {
  const id = decodeSegment(segment);
  const event = dataset.events.find((e) => e.id === id);
  if (!event) return apiError(404, 'not_found', `no event with id "${clip(id, 80)}"`);
  return ok({ data: event });
}
