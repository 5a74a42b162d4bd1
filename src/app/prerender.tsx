/**
 * The app rendered to HTML at build time (build/prerender.ts), so a first visit paints meaningful content before
 * any JavaScript runs. It is the app's own render: the same components, the same formatting, and data that goes
 * through the same API core (src/api) and the same client (zod) as in the browser, answered in-process from the
 * dataset the build bundles. Queries a route does not list stay pending: the page shows their loading state,
 * as the app does while they load.
 */
import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { renderToString } from 'react-dom/server';
import { createApi } from '../api/createApi';
import type { Dataset } from '../data/schema';
import { App } from './App';
import { createAppRouter } from './router';

export interface PrerenderOptions {
  /** API paths (below /api/v1) answered from the dataset; every other request stays pending. */
  answered: readonly string[];
}

/** A fetch that answers the listed API paths from the dataset, through the same core as the mock and server. */
function fetchFrom(dataset: Dataset, answered: ReadonlySet<string>): typeof fetch {
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
      .some((q) => answered.has(`/${String(q.queryKey[1])}`));
    if (!busy) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('prerender: the data did not settle');
}

export async function prerenderRoute(path: string, dataset: Dataset, { answered }: PrerenderOptions) {
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
    return renderToString(<App queryClient={queryClient} router={router} />).replace(
      /<script\b[\s\S]*?<\/script>/gi,
      '',
    );
  } finally {
    globalThis.fetch = realFetch;
    queryClient.clear();
  }
}
