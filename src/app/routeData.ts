/**
 * The data each route shows first, started by the route's loader (router.tsx) at the moment the route matches,
 * beside its lazy code, instead of after its component has rendered: no waterfall. With preloading on intent,
 * hovering a link starts both. The loaders do not wait and never throw: each page shows its own loading and
 * error states (with Retry), exactly as when its data is late.
 */
import type { QueryClient } from '@tanstack/react-query';
import { allEventsQuery, companiesQuery, metaQuery, sourcesQuery, systemQuery, systemsQuery } from '../data/queries';

/** Starts a query unless its data is cached; its errors are the page's to show. */
const start = (p: Promise<unknown>) => void p.catch(() => undefined);

/**
 * What a page of charts draws from: the systems and companies, and the sources every chart names (a prerendered
 * page carries them all, so its charts ask nothing).
 */
function charts(qc: QueryClient) {
  start(qc.ensureQueryData(systemsQuery()));
  start(qc.ensureQueryData(companiesQuery()));
  start(qc.ensureQueryData(sourcesQuery()));
}

export const routeData = {
  /** The layout's footer (dataset title, version, date). */
  root: (qc: QueryClient) => start(qc.ensureQueryData(metaQuery())),
  overview: (qc: QueryClient) => charts(qc),
  compare: (qc: QueryClient) => charts(qc),
  /** One chart of Compare alone. */
  embed: (qc: QueryClient) => charts(qc),
  /** The filters' lists; the events and facets depend on the filter the timeline reads from the URL. */
  timeline: (qc: QueryClient) => {
    start(qc.ensureQueryData(companiesQuery()));
    start(qc.ensureQueryData(systemsQuery()));
    start(qc.ensureQueryData(sourcesQuery()));
  },
  system: (qc: QueryClient, systemId: string) => {
    start(qc.ensureQueryData(systemQuery(systemId)));
    start(qc.ensureQueryData(companiesQuery()));
    start(qc.ensureQueryData(sourcesQuery()));
  },
  sources: (qc: QueryClient) => {
    start(qc.ensureQueryData(sourcesQuery()));
    start(qc.ensureQueryData(systemsQuery()));
    start(qc.ensureQueryData(companiesQuery()));
    start(qc.ensureInfiniteQueryData(allEventsQuery()));
  },
  changes: (qc: QueryClient) => {
    start(qc.ensureQueryData(systemsQuery()));
    start(qc.ensureQueryData(sourcesQuery()));
  },
};
