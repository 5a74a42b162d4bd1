import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { MockModeBanner } from './app/MockModeBanner';
import { createQueryClient } from './app/queryClient';
import { applyTheme, readTheme } from './app/theme';
import './app/styles.css';

/** Starts the embedded mock API unless the build points at a real server (VITE_API_BASE_URL). */
async function startApi(): Promise<{ chaos: string | null; dataset: string }> {
  if (import.meta.env.VITE_API_BASE_URL) return { chaos: null, dataset: 'real' };
  const { startMockApi } = await import('./mocks/browser');
  return startMockApi();
}

applyTheme(readTheme());
const root = createRoot(document.getElementById('root')!);

startApi()
  .catch((error: unknown) => {
    console.error('The embedded mock API could not start', error);
    return { chaos: null, dataset: 'real' };
  })
  .then((mode) => {
    root.render(
      <StrictMode>
        <App queryClient={createQueryClient()} banner={<MockModeBanner {...mode} />} />
      </StrictMode>,
    );
  });
