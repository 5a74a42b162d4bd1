/**
 * A page prerendered at build time (build/prerender.ts) is what the user sees until the app draws the same
 * route with its data: main.tsx renders only once the route's code is loaded and its first requests have
 * settled (data or error), or after HOLD_MS, whichever comes first. Replacing the static page with a loading
 * state first would blank content that is already right.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { createAppRouter } from './router';

export const HOLD_MS = 3000;

/** The prerendered page in the root element, if the server sent one (its path, e.g. "/"). */
export function prerenderedPath(root: HTMLElement): string | null {
  return root.querySelector<HTMLElement>(':scope > [data-prerendered]')?.dataset.prerendered ?? null;
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

export async function untilFirstData(
  router: ReturnType<typeof createAppRouter>,
  queryClient: QueryClient,
  holdMs = HOLD_MS,
): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, holdMs)));
  const ready = router
    .load()
    .then(() => whenQueriesSettle(queryClient))
    .catch(() => undefined); // the app shows what went wrong once it renders
  await Promise.race([ready, late]).finally(() => clearTimeout(timer));
}
