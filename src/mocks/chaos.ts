/**
 * A chaos switch for demos and e2e: `?mock=slow|error|flaky|timeout|malformed|shape|empty|offline` makes the mock
 * API add latency or fail, so anyone can see the loading, error and retry states. `?mock=off` turns it off.
 * The mode is kept for the browser tab (sessionStorage) so that it survives navigation and reloads.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { Dataset } from '../data/schema';
import { API, apiError, createHandlers } from './handlers';
import type { ChaosMode } from './modes';

export { CHAOS_MODES, chaosModeFrom, type ChaosMode } from './modes';

/** The dataset with every record taken out: its meta (version, date) stays, its counts become 0. */
const emptied = (ds: Dataset): Dataset => ({ ...ds, companies: [], systems: [], events: [], sources: [] });

/**
 * Handlers that run before the real ones; returning nothing passes the request on. `dataset` is the one the
 * real handlers serve (for "empty", which serves the same API over none of its records).
 */
export function chaosHandlers(mode: ChaosMode, dataset: () => Dataset): HttpHandler[] {
  let count = 0;
  const all = (resolver: Parameters<typeof http.all>[1]) => [http.all(`${API}/*`, resolver)];
  switch (mode) {
    case 'slow':
      return all(async () => {
        await delay(1500);
      });
    case 'error':
      return all(() =>
        HttpResponse.json(
          { error: { code: 'unavailable', message: 'the data service is unavailable (chaos mode "error")' } },
          { status: 503, headers: { 'Retry-After': '5' } },
        ),
      );
    case 'flaky':
      // Every other request fails: the client's retries (jittered backoff) recover.
      return all(() =>
        count++ % 2 === 0 ? apiError(500, 'internal', 'flaky failure (chaos mode "flaky")') : undefined,
      );
    case 'timeout':
      return all(async () => {
        await delay('infinite');
      });
    case 'malformed':
      return all(
        () => new HttpResponse('{"data": [ this is not JSON', { headers: { 'Content-Type': 'application/json' } }),
      );
    case 'shape':
      return all(() => HttpResponse.json({ data: 'not what the schema says' }));
    case 'empty':
      // Every endpoint answers as over a dataset with no records: lists, events, facets and meta's counts.
      return createHandlers(() => emptied(dataset()));
    case 'offline':
      return all(() => HttpResponse.error());
  }
}
