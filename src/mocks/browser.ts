import { setupWorker } from 'msw/browser';
import { chaosHandlers, chaosModeFrom, type ChaosMode } from './chaos';
import { apiHandlers, createHandlers } from './handlers';
import { workerApi } from './remoteApi';
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
  // A generated dataset is made and served by a Web Worker (its cost never blocks the page), except under
  // ?mock=empty, which serves none of its records anyway.
  const inWorker = variant !== 'real' && chaos !== 'empty';
  const dataset = inWorker ? null : await loadDataset(variant);
  const handlers = dataset ? createHandlers(() => dataset) : apiHandlers(workerApi(variant));
  const worker = setupWorker(...(chaos ? chaosHandlers(chaos, () => dataset!) : []), ...handlers);
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return { chaos, dataset: variant };
}
