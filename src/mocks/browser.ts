import { setupWorker } from 'msw/browser';
import { chaosHandlers, chaosModeFrom, type ChaosMode } from './chaos';
import { handlers } from './handlers';

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * Starts the embedded mock API. Only /api/ requests are its business; everything else passes through.
 * Returns the chaos mode in force, if any, so the app can say so.
 */
export async function startMockApi(): Promise<{ chaos: ChaosMode | null }> {
  const chaos = chaosModeFrom(window.location.search, sessionStore());
  const worker = setupWorker(...(chaos ? chaosHandlers(chaos) : []), ...handlers);
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return { chaos };
}
