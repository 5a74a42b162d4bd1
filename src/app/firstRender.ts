/**
 * The first render after a page prerendered at build time (build/prerender.ts). That page is what the user sees
 * until the app draws the same route: start.tsx renders once the route's code is loaded and its first requests
 * have settled (data or error), or after HOLD_MS, whichever comes first; replacing the page with a loading state
 * first would blank content that is already right. A page may also carry its first screen's data (the API's
 * answers for the bundled dataset, as the app's client parsed them at build time): the app then starts from it
 * and needs no request to draw that screen.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { createAppRouter } from './router';

export const HOLD_MS = 3000;
export const FIRST_DATA_ID = 'genscope-first-data';

/** The queries a page's first screen shows, by query key. */
export interface FirstData {
  queries: { key: readonly unknown[]; data: unknown }[];
}

/** The prerendered page in the root element, if the server sent one (its path, e.g. "/"). */
export function prerenderedPath(root: HTMLElement): string | null {
  return root.querySelector<HTMLElement>(':scope > [data-prerendered]')?.dataset.prerendered ?? null;
}

/** JSON for a `<script type="application/json">` data block: no `<` that could close it or open a comment. */
export const firstDataJson = (data: FirstData) => JSON.stringify(data).replace(/</g, '\\u003c');

/**
 * Takes the page's first data block out of the document and, unless `queryClient` is null (the page is not
 * kept), puts its data into the cache, fresh. False when the page carries none (or none readable).
 */
export function seedFirstData(queryClient: QueryClient | null, doc: Document = document): boolean {
  const block = doc.getElementById(FIRST_DATA_ID);
  const text = block?.textContent;
  block?.remove();
  if (!text || !queryClient) return false;
  try {
    const { queries } = JSON.parse(text) as FirstData;
    for (const { key, data } of queries) queryClient.setQueryData(key, data);
    return queries.length > 0;
  } catch {
    return false; // the app loads it from the API instead
  }
}

/** Resolves once no query is fetching. */
export function whenQueriesSettle(queryClient: QueryClient): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (queryClient.isFetching() > 0) return;
      unsubscribe();
      resolve();
    };
    const unsubscribe = queryClient.getQueryCache().subscribe(check);
    check();
  });
}

/** Waits for the route's code, and unless its data came with the page, for its first requests; at most holdMs. */
export async function untilFirstData(
  router: ReturnType<typeof createAppRouter>,
  queryClient: QueryClient,
  { dataInPage = false, holdMs = HOLD_MS } = {},
): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, holdMs)));
  const ready = router
    .load()
    .then(() => (dataInPage ? undefined : whenQueriesSettle(queryClient)))
    .catch(() => undefined); // the app shows what went wrong once it renders
  await Promise.race([ready, late]).finally(() => clearTimeout(timer));
}
