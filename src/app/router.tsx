import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';
import { parseSearch, stringifySearch } from './searchParams';
import { validateCompareSearch } from '../features/compare/compareSearch';
import { validateTimelineSearch } from '../features/timeline/timelineSearch';
import { validateChangesSearch } from '../features/changes/changesSearch';

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Layout,
  notFoundComponent: NotFound,
  errorComponent: RouteError,
});

const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/overview/OverviewPage'), 'OverviewPage'),
});

const compareRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/compare',
  validateSearch: validateCompareSearch,
  component: lazyRouteComponent(() => import('../features/compare/ComparePage'), 'ComparePage'),
});

const timelineRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/timeline',
  validateSearch: validateTimelineSearch,
  component: lazyRouteComponent(() => import('../features/timeline/TimelinePage'), 'TimelinePage'),
});

export const systemRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/systems/$systemId',
  component: lazyRouteComponent(() => import('../features/systems/SystemPage'), 'SystemPage'),
});

const sourcesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sources',
  component: lazyRouteComponent(() => import('../features/sources/SourcesPage'), 'SourcesPage'),
});

const changesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/changes',
  validateSearch: validateChangesSearch,
  component: lazyRouteComponent(() => import('../features/changes/ChangesPage'), 'ChangesPage'),
});

/** One chart of Compare alone, for an iframe (the layout draws no shell around it). */
const embedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/embed/$chartId',
  validateSearch: validateCompareSearch,
  component: lazyRouteComponent(() => import('../features/compare/EmbedPage'), 'EmbedPage'),
});

const routeTree = rootRoute.addChildren([
  overviewRoute,
  compareRoute,
  timelineRoute,
  systemRoute,
  changesRoute,
  sourcesRoute,
  embedRoute,
]);

export function createAppRouter(queryClient: QueryClient, history?: Parameters<typeof createRouter>[0]['history']) {
  return createRouter({
    routeTree,
    context: { queryClient },
    history,
    parseSearch,
    stringifySearch,
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
