/**
 * The embedded mock of the data API: a thin MSW adapter over the framework-free core (src/api/createApi.ts), so
 * it answers exactly as the HTTP server does. One handler set serves the browser worker, msw/node in Vitest, and
 * the built app in e2e.
 */
import { http, HttpResponse } from 'msw';
import { createApi, type ApiRequest } from '../api/createApi';
import type { ApiResponse } from '../api/apiResponse';
import type { ApiErrorCode } from '../api/apiResponse';
import type { Dataset } from '../data/schema';

/** Matches the API on any origin, so the same handlers work in the browser and in Node. */
export const API = '*/api/v1';

/** An error answer in the API's shape (the chaos modes use it too). */
export function apiError(status: number, code: ApiErrorCode, message: string) {
  return HttpResponse.json({ error: { code, message } }, { status });
}

export function createHandlers(getDataset: () => Dataset) {
  return apiHandlers(createApi(getDataset));
}

/** An API that answers now or later (in the browser, large datasets are served by a Web Worker). */
export type AnyApi = (request: ApiRequest) => ApiResponse | Promise<ApiResponse>;

/** The MSW handlers over an API core: the request in, its answer out as an HTTP response. */
export function apiHandlers(api: AnyApi) {
  return [
    http.all(`${API}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const answer = await api({ method: request.method, path: url.pathname, query: url.searchParams });
      const headers = { ...answer.headers, 'Content-Type': 'application/json' };
      // A HEAD answer has the headers of the GET and no body; so has a 204.
      const body = request.method === 'HEAD' || answer.body === null ? null : JSON.stringify(answer.body);
      return new HttpResponse(body, { status: answer.status, headers });
    }),
  ];
}
