import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';
import { routeData } from './routeData';
import { parseSearch, stringifySearch } from './searchParams';
import { validateCompareSearch } from '../features/compare/compareSearch';
import { validateTimelineSearch } from '../features/timeline/timelineSearch';
import { validateChangesSearch } from '../features/changes/changesSearch';
import { validateSystemSearch } from '../features/systems/systemSearch';

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Layout,
  // Each loader starts its route's queries with the route's code, and returns at once (see routeData.ts).
  loader: ({ context }) => routeData.root(context.queryClient),
  notFoundComponent: NotFound,
  errorComponent: RouteError,
});

const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/overview/OverviewPage'), 'OverviewPage'),
  loader: ({ context }) => routeData.overview(context.queryClient),
});

const compareRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/compare',
  validateSearch: validateCompareSearch,
  component: lazyRouteComponent(() => import('../features/compare/ComparePage'), 'ComparePage'),
  loader: ({ context }) => routeData.compare(context.queryClient),
});

const timelineRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/timeline',
  validateSearch: validateTimelineSearch,
  component: lazyRouteComponent(() => import('../features/timeline/TimelinePage'), 'TimelinePage'),
  loader: ({ context }) => routeData.timeline(context.queryClient),
});

export const systemRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/systems/$systemId',
  validateSearch: validateSystemSearch,
  component: lazyRouteComponent(() => import('../features/systems/SystemPage'), 'SystemPage'),
  loader: ({ context, params }) => routeData.system(context.queryClient, params.systemId),
});

const sourcesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sources',
  component: lazyRouteComponent(() => import('../features/sources/SourcesPage'), 'SourcesPage'),
  loader: ({ context }) => routeData.sources(context.queryClient),
});

const changesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/changes',
  validateSearch: validateChangesSearch,
  component: lazyRouteComponent(() => import('../features/changes/ChangesPage'), 'ChangesPage'),
  loader: ({ context }) => routeData.changes(context.queryClient),
});

/** One chart of Compare alone, for an iframe (the layout draws no shell around it). */
const embedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/embed/$chartId',
  validateSearch: validateCompareSearch,
  component: lazyRouteComponent(() => import('../features/compare/EmbedPage'), 'EmbedPage'),
  loader: ({ context }) => routeData.embed(context.queryClient),
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
