/**
 * A Web Worker that serves the mock API over a generated dataset (`?dataset=synthetic-…`, `hostile`): making,
 * checking and indexing 100,000 events, and answering each request over them, happen here, never on the page's
 * main thread, so typing and scrolling stay smooth whatever the dataset costs. The page's MSW handlers forward
 * each request (src/mocks/remoteApi.ts).
 */
/// <reference lib="webworker" />
import { createApi, type Api } from '../api/createApi';
import type { DatasetVariant } from './modes';
import type { WorkerRequest, WorkerAnswer } from './remoteApi';
import { loadDataset } from './variants';

declare const self: DedicatedWorkerGlobalScope;

let ready: Promise<Api> | undefined;

/** Once the first answers are out, builds the text index (the first search would otherwise pay for it). */
let warmed = false;
function warmTextSearch(api: Api) {
  if (warmed) return;
  warmed = true;
  setTimeout(() => api({ method: 'GET', path: '/api/v1/events', query: new URLSearchParams('q=a&limit=1') }), 0);
}

self.onmessage = async ({ data }: MessageEvent<{ variant: DatasetVariant } | WorkerRequest>) => {
  if ('variant' in data) {
    ready = loadDataset(data.variant).then((dataset) => createApi(() => dataset));
    return;
  }
  let answer: WorkerAnswer;
  try {
    const api = await ready!;
    answer = { id: data.id, response: api({ ...data, query: new URLSearchParams(data.query) }) };
  } catch (error) {
    answer = { id: data.id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
  if ('response' in answer) warmTextSearch(await ready!);
};
