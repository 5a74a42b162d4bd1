/**
 * The data API v1 as one plain function: (method, path, query) → { status, headers, body }. No framework, no
 * I/O: the MSW handlers (src/mocks/handlers.ts) and the HTTP server (src/server/) are thin adapters over it,
 * so the embedded mock and the real server answer alike by construction; tests/contract/ checks it over HTTP.
 */
import type { Dataset } from '../data/schema';
import { apiError, clip, type ApiResponse } from './apiResponse';
import { viewOf } from './datasetView';
import { ENDPOINTS, eventById, systemById } from './endpoints';

export const API_PREFIX = '/api/v1';
/** The API only reads: every other method is answered 405 with this list. */
export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

export interface ApiRequest {
  method: string;
  /** The URL's path as sent (still percent-encoded), e.g. /api/v1/events. */
  path: string;
  query: URLSearchParams;
}
export type Api = (request: ApiRequest) => ApiResponse;

const SYSTEM_BY_ID = /^\/systems\/([^/]+)$/;
/** Checked after the fixed endpoints, so `/events/facets` stays the facets. */
const EVENT_BY_ID = /^\/events\/([^/]+)$/;

export function createApi(getDataset: () => Dataset): Api {
  return ({ method, path, query }) => {
    const route = path.startsWith(`${API_PREFIX}/`) ? path.slice(API_PREFIX.length) : null;
    const known =
      route !== null && (Object.hasOwn(ENDPOINTS, route) || SYSTEM_BY_ID.test(route) || EVENT_BY_ID.test(route));
    if (!known) return apiError(404, 'not_found', `no endpoint ${clip(method, 10)} ${clip(path)}`);
    if (method === 'OPTIONS') return { status: 204, headers: { Allow: ALLOWED_METHODS }, body: null };
    if (method !== 'GET' && method !== 'HEAD')
      return apiError(405, 'method_not_allowed', `${clip(method, 10)} is not allowed: the API only reads`, {
        Allow: ALLOWED_METHODS,
      });
    const view = viewOf(getDataset());
    const endpoint = Object.hasOwn(ENDPOINTS, route) ? ENDPOINTS[route] : undefined;
    if (endpoint) return endpoint(view, query);
    const system = SYSTEM_BY_ID.exec(route);
    if (system) return systemById(view, system[1]!);
    return eventById(view, EVENT_BY_ID.exec(route)![1]!);
  };
}
