import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../data/api';

/** Retries after a server (5xx) or network failure; the wait doubles each time. */
export const MAX_RETRIES = 4;
const FIRST_WAIT_MS = 250;
const LONGEST_WAIT_MS = 4000;

/**
 * Retry only where asking again can help: a server error (5xx) or a network failure. Never a 4xx, a bad body
 * or a wrong shape (the same answer would come back), and never a timeout: the request already waited its
 * full 10 s, so the user sees the error then instead of after several more waits.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof ApiError) || failureCount >= MAX_RETRIES) return false;
  return error.kind === 'network' || (error.kind === 'http' && error.status !== null && error.status >= 500);
}

/**
 * Exponential backoff with jitter: each wait is drawn between half and all of 250 ms × 2^attempt (at most
 * 4 s). Requests that fail together then retry at different moments, instead of all landing together on a
 * server's bad moment again and again.
 */
export function retryDelay(attempt: number): number {
  const ceiling = Math.min(FIRST_WAIT_MS * 2 ** attempt, LONGEST_WAIT_MS);
  return ceiling / 2 + (Math.random() * ceiling) / 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        refetchOnWindowFocus: false,
      },
    },
  });
}
