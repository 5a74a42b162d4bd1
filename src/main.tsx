import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { MockModeBanner } from './app/MockModeBanner';
import { createQueryClient } from './app/queryClient';
import { applyTheme, readTheme } from './app/theme';
import { waitForApi } from './data/api';
import './app/styles.css';
import './ui/controls.css';
import './app/print.css';

interface ApiMode {
  chaos: string | null;
  dataset: string;
}

/** The HTTP server (src/server, `npm run serve`) marks the index.html it sends: the API is on this origin. */
const servedWithApi = () => document.querySelector('meta[name="genscope-api"][content="same-origin"]') !== null;

/**
 * Starts the embedded mock API unless a real server answers: the build points at one (VITE_API_BASE_URL), or the
 * page came from the server, so one build works on any static host (with the mock) and behind the server.
 */
async function startApi(): Promise<ApiMode> {
  if (import.meta.env.VITE_API_BASE_URL || servedWithApi()) return { chaos: null, dataset: 'real' };
  const { startMockApi } = await import('./mocks/browser');
  return startMockApi();
}

applyTheme(readTheme());
const root = createRoot(document.getElementById('root')!);
const queryClient = createQueryClient();

// Paint the shell at once; data requests wait until the mock API answers.
const started = startApi().catch((error: unknown): ApiMode => {
  console.error('The embedded mock API could not start', error);
  return { chaos: null, dataset: 'real' };
});
waitForApi(started);

const render = (mode: ApiMode | null) =>
  root.render(
    <StrictMode>
      <App queryClient={queryClient} banner={mode && <MockModeBanner {...mode} />} />
    </StrictMode>,
  );
render(null);
void started.then(render);
