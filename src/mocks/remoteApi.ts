/**
 * The page's side of src/mocks/apiWorker.ts: an API (request in, answer out) whose answers come from the worker.
 */
import type { ApiRequest } from '../api/createApi';
import type { ApiResponse } from '../api/apiResponse';
import type { AnyApi } from './handlers';
import type { DatasetVariant } from './modes';

export interface WorkerRequest {
  id: number;
  method: string;
  path: string;
  query: string;
}
export type WorkerAnswer = { id: number; response: ApiResponse } | { id: number; error: string };

/** Starts the worker on `variant` and returns the API it serves. */
export function workerApi(variant: DatasetVariant): AnyApi {
  const worker = new Worker(new URL('./apiWorker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, { resolve: (r: ApiResponse) => void; reject: (e: Error) => void }>();
  worker.onmessage = ({ data }: MessageEvent<WorkerAnswer>) => {
    const call = waiting.get(data.id);
    waiting.delete(data.id);
    if ('response' in data) call?.resolve(data.response);
    else call?.reject(new Error(`The mock API could not load its dataset: ${data.error}`));
  };
  worker.postMessage({ variant });
  let next = 0;
  return ({ method, path, query }: ApiRequest) =>
    new Promise<ApiResponse>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      const message: WorkerRequest = { id, method, path, query: query.toString() };
      worker.postMessage(message);
    });
}
