/**
 * The app rendered to HTML at build time (build/prerender.ts), so a first visit paints meaningful content before
 * any JavaScript runs. It is the app's own render: the same components, the same formatting, and data that goes
 * through the same API core (src/api) and the same client (zod) as in the browser, answered in-process from the
 * dataset the build bundles. Queries a route does not list stay pending: the page shows their loading state,
 * as the app does while they load. The answers listed in `embedded` are returned too, as the app's client parsed
 * them, for the page to carry (firstRender.ts): the app then draws that screen without a request.
 */
import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { renderToString } from 'react-dom/server';
import { createApi } from '../api/createApi';
import type { Dataset } from '../data/schema';
import { App } from './App';
import type { FirstData } from './firstRender';
import { createAppRouter } from './router';

export interface PrerenderOptions {
  /** API paths (below /api/v1) answered from the dataset before rendering; every other request stays pending. */
  answered: readonly string[];
  /** API paths whose answers the page carries for the app's first render (they are answered after rendering). */
  embedded?: readonly string[];
}

/**
 * The API path a query reads, from its key: a list (['api', 'systems'] → /systems), the timeline's pages of
 * events and its facets (['api', 'events', params] → /events); a single record has none.
 */
const pathOf = (key: readonly unknown[]) => {
  if (key[1] === 'events') return '/events';
  if (key[1] === 'eventFacets') return '/events/facets';
  return key.length === 2 ? `/${String(key[1])}` : '';
};

/** A fetch that answers the listed API paths from the dataset, through the same core as the mock and server. */
function fetchFrom(dataset: Dataset, answered: Set<string>): typeof fetch {
  const api = createApi(() => dataset);
  return (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (!answered.has(url.pathname.replace(/^\/api\/v1/, ''))) return new Promise<Response>(() => {});
    const answer = api({ method: 'GET', path: url.pathname, query: url.searchParams });
    const headers = { ...answer.headers, 'Content-Type': 'application/json' };
    return Promise.resolve(new Response(JSON.stringify(answer.body), { status: answer.status, headers }));
  };
}

/** Waits until no query is fetching except those left pending on purpose. */
async function settle(queryClient: QueryClient, answered: ReadonlySet<string>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const busy = queryClient
      .getQueryCache()
      .findAll({ fetchStatus: 'fetching' })
      .some((q) => answered.has(pathOf(q.queryKey)));
    if (!busy) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('prerender: the data did not settle');
}

export async function prerenderRoute(
  path: string,
  dataset: Dataset,
  { answered, embedded = [] }: PrerenderOptions,
): Promise<{ html: string; data: FirstData }> {
  const paths = new Set(answered);
  const realFetch = globalThis.fetch;
  globalThis.fetch = fetchFrom(dataset, paths);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  try {
    const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [path] }));
    await router.load();
    await settle(queryClient, paths);
    // The router's scroll restoration writes an inline script for server renders: the CSP forbids inline scripts,
    // and the app restores scrolling itself once it runs.
    const html = renderToString(<App queryClient={queryClient} router={router} />).replace(
      /<script\b[\s\S]*?<\/script>/gi,
      '',
    );
    for (const p of embedded) paths.add(p);
    const wanted = (key: readonly unknown[]) => embedded.includes(pathOf(key));
    // Fetched again now that they are answered (the ones left pending for the render are cancelled first).
    const targets = queryClient.getQueryCache().findAll({ predicate: (q) => wanted(q.queryKey) });
    await queryClient.cancelQueries({ predicate: (q) => wanted(q.queryKey) });
    const queries = await Promise.all(
      targets.map(async (q) => {
        const options = { ...q.options, queryKey: q.queryKey, staleTime: 0 };
        // A list in pages (the timeline's events) is carried as its first page.
        const data =
          'getNextPageParam' in options
            ? await queryClient.fetchInfiniteQuery(options as Parameters<QueryClient['fetchInfiniteQuery']>[0])
            : await queryClient.fetchQuery(options);
        return { key: q.queryKey, data };
      }),
    );
    const carried = new Set(queries.map((q) => pathOf(q.key)));
    if (embedded.some((p) => !carried.has(p))) throw new Error(`prerender ${path}: not every embedded answer came`);
    return { html, data: { queries } };
  } finally {
    globalThis.fetch = realFetch;
    queryClient.clear();
  }
}
