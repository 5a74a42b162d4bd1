/**
 * A Web Worker that serves the mock API over a generated dataset (`?dataset=synthetic-…`, `hostile`): making,
 * checking and indexing 100,000 events, and answering each request over them, happen here, never on the page's
 * main thread, so typing and scrolling stay smooth whatever the dataset costs. The page's MSW handlers forward
 * each request (src/mocks/remoteApi.ts).
 */
/// <reference lib="webworker" />
import { createApi, type Api } from '../api/createApi';
import { viewOf } from '../api/datasetView';
import type { Dataset } from '../data/schema';
import type { DatasetVariant } from './modes';
import type { WorkerRequest, WorkerAnswer } from './remoteApi';
import { loadDataset } from './variants';

declare const self: DedicatedWorkerGlobalScope;

let ready: Promise<{ api: Api; dataset: Dataset }> | undefined;

/**
 * Once the first answers are out, builds the text index a slice at a time (the first search would otherwise
 * pay for all of it: a second at 100,000 events). Each slice is a task of its own, so a request that arrives
 * meanwhile is answered after one slice (about 10 ms), not after the whole build.
 */
let warming = false;
function warmTextSearch(dataset: Dataset) {
  if (warming) return;
  warming = true;
  const index = viewOf(dataset).index();
  const slice = () => void (index.prepareText() || setTimeout(slice, 0));
  setTimeout(slice, 0);
}

self.onmessage = async ({ data }: MessageEvent<{ variant: DatasetVariant } | WorkerRequest>) => {
  if ('variant' in data) {
    ready = loadDataset(data.variant).then((dataset) => ({ api: createApi(() => dataset), dataset }));
    return;
  }
  let answer: WorkerAnswer;
  try {
    const { api } = await ready!;
    answer = { id: data.id, response: api({ ...data, query: new URLSearchParams(data.query) }) };
  } catch (error) {
    answer = { id: data.id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
  if ('response' in answer) warmTextSearch((await ready!).dataset);
};
