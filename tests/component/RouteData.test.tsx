import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createAppRouter } from '../../src/app/router';
import { queryKeys } from '../../src/data/queries';
import { server } from '../../src/mocks/node';

function routerAt(url: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [url] }));
  const started = (key: readonly unknown[]) => queryClient.getQueryState(key) !== undefined;
  return { queryClient, router, started };
}

describe('a route’s data starts with its code, before anything renders', { timeout: 30_000 }, () => {
  it.each([
    ['/', [queryKeys.meta(), queryKeys.systems(), queryKeys.companies()]],
    ['/compare', [queryKeys.systems(), queryKeys.companies()]],
    ['/timeline', [queryKeys.companies(), queryKeys.systems(), queryKeys.sources()]],
    ['/systems/veo', [queryKeys.system('veo'), queryKeys.companies(), queryKeys.sources()]],
  ])('%s: loading the route (no render) has started its queries', async (url, keys) => {
    const { router, started, queryClient } = routerAt(url);
    await router.load();
    for (const key of keys) expect(started(key), JSON.stringify(key)).toBe(true);
    await expect.poll(() => queryClient.getQueryState(queryKeys.systems())?.status ?? 'success').toBe('success');
  });

  it('hovering a link (preload on intent) starts the target’s data', async () => {
    const { router, started } = routerAt('/sources');
    await router.load();
    const { queryClient } = router.options.context;
    queryClient.removeQueries({ queryKey: queryKeys.companies() });
    await router.preloadRoute({ to: '/compare' });
    expect(started(queryKeys.companies())).toBe(true);
  });

  it('a failing request does not fail the route: the page shows its own error state', async () => {
    server.use(http.get('*/api/v1/systems', () => HttpResponse.json({}, { status: 503 })));
    const { router } = routerAt('/');
    await router.load();
    expect(router.state.matches.map((m) => m.status)).not.toContain('error');
  });
});
