import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../data/api';

/** Retry with backoff only where asking again can help: never on a 4xx, a bad body or a wrong shape. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && (error.isClientError || error.kind === 'shape' || error.kind === 'parse'))
    return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
        refetchOnWindowFocus: false,
      },
    },
  });
}
