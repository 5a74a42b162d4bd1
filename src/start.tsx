/**
 * The app's start, the last stage of main.tsx, loaded by it once the theme is applied and the data schemas are
 * in (each a task of its own): the API, the router, and the first render, which keeps a prerendered page until
 * it can draw it.
 */
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import type { EarlyActions } from './app/earlyActions';
import { prerenderedPath, seedFirstData, untilFirstData } from './app/firstRender';
import { MockModeBanner } from './app/MockModeBanner';
import { createQueryClient } from './app/queryClient';
import { createAppRouter } from './app/router';
import { waitForApi } from './data/api';
import { inDemoMode } from './mocks/modes';
import { isEmbedPath } from './server/csp';

interface ApiMode {
  chaos: string | null;
  dataset: string;
}

/** The HTTP server (src/server, `npm run serve`) marks the index.html it sends: the API is on this origin. */
const servedWithApi = () => document.querySelector('meta[name="genscope-api"][content="same-origin"]') !== null;
const withMock = !(import.meta.env.VITE_API_BASE_URL || servedWithApi());

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * Starts the embedded mock API unless a real server answers: the build points at one (VITE_API_BASE_URL), or the
 * page came from the server, so one build works on any static host (with the mock) and behind the server.
 */
async function startApi(): Promise<ApiMode> {
  if (!withMock) return { chaos: null, dataset: 'real' };
  const { startMockApi } = await import('./mocks/browser');
  return startMockApi();
}

/** Starts the app in #root: the API (the mock, on demand), the router and the first render. */
export function start(early: EarlyActions) {
  const container = document.getElementById('root')!;
  const root = createRoot(container);
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient);

  // A prerendered page stays until the app can draw it with its data; a demo mode of the mock serves other data
  // than the page was made from, so the app replaces it at once (as it does the plain shell).
  const keepPrerendered =
    prerenderedPath(container) !== null && !(withMock && inDemoMode(location.search, sessionStore()));
  // The first screen's data may come with the page: then nothing waits for the mock API, which loads after the
  // first render and leaves the bandwidth to the route's code. Otherwise it loads beside the route's code.
  const dataInPage = seedFirstData(keepPrerendered ? queryClient : null);

  let startNow = () => {};
  const started = new Promise<ApiMode>((resolve) => {
    let once = false;
    startNow = () => {
      if (once) return;
      once = true;
      resolve(
        startApi().catch((error: unknown): ApiMode => {
          console.error('The embedded mock API could not start', error);
          return { chaos: null, dataset: 'real' };
        }),
      );
    };
  });
  // A page that carries its first screen's data asks the API nothing until the reader does something: the mock
  // API (MSW, 80 kB gzip of script to run on a phone) loads at the first request or at the first sign of one, a
  // key or a pointer pressed, whichever comes first, counted from the entry's start (main.tsx): a reader may act
  // on the prerendered page before this code has loaded. An embedded chart asks nothing more at all (in another
  // site's frame, Chromium refuses it its service worker anyway).
  const apiOnDemand = dataInPage;
  if (apiOnDemand && !isEmbedPath(location.pathname)) early.onFirstAct(startNow);
  // Data requests wait until the mock API answers.
  waitForApi(apiOnDemand ? () => (startNow(), started) : started);
  if (!dataInPage) startNow();

  // A transition: React renders the app in slices of a few milliseconds and yields between them, so a phone's
  // first render is not one long task (the prerendered page, or the shell, stays on screen until it commits).
  const render = (mode: ApiMode | null) =>
    startTransition(() =>
      root.render(
        <StrictMode>
          <App queryClient={queryClient} router={router} banner={mode && <MockModeBanner {...mode} />} />
        </StrictMode>,
      ),
    );

  // (No top-level await: it would keep the chunks that share modules with this entry from importing them from it.)
  void (keepPrerendered ? untilFirstData(router, queryClient, { dataInPage }) : Promise.resolve()).then(() => {
    render(null);
    if (!apiOnDemand) startNow();
    void started.then(render);
  });
}
