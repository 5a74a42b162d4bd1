import { setupWorker } from 'msw/browser';
import { chaosHandlers, chaosModeFrom, type ChaosMode } from './chaos';
import { createHandlers } from './handlers';
import { datasetVariantFrom, loadDataset, type DatasetVariant } from './variants';

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export interface MockApiState {
  chaos: ChaosMode | null;
  dataset: DatasetVariant;
}

/**
 * Starts the embedded mock API. Only /api/ requests are its business; everything else passes through.
 * Returns the chaos mode and dataset variant in force, so the app can say so.
 */
export async function startMockApi(): Promise<MockApiState> {
  const chaos = chaosModeFrom(window.location.search, sessionStore());
  const variant = datasetVariantFrom(window.location.search, sessionStore());
  const dataset = await loadDataset(variant);
  const worker = setupWorker(...(chaos ? chaosHandlers(chaos, () => dataset) : []), ...createHandlers(() => dataset));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return { chaos, dataset: variant };
}
