/**
 * A Web Worker that serves the mock API over a generated dataset (`?dataset=synthetic-…`, `hostile`): making,
 * checking and indexing 100,000 events, and answering each request over them, happen here, never on the page's
 * main thread, so typing and scrolling stay smooth whatever the dataset costs. The page's MSW handlers forward
 * each request (src/mocks/remoteApi.ts).
 */
/// <reference lib="webworker" />
import { createApi, type Api } from '../api/createApi';
import { warmTextSearch } from '../api/warmTextSearch';
import type { Dataset } from '../data/schema';
import type { DatasetVariant } from './modes';
import type { WorkerRequest, WorkerAnswer } from './remoteApi';
import { loadDataset } from './variants';

declare const self: DedicatedWorkerGlobalScope;

let ready: Promise<{ api: Api; dataset: Dataset }> | undefined;

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
  // Once the first answers are out, the text search is built a slice per task (the first search would
  // otherwise pay for all of it: a second at 100,000 events).
  if ('response' in answer) warmTextSearch((await ready!).dataset);
};
