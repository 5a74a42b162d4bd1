/**
 * A pure, typed client for the data API: it fetches, validates with the dataset's zod schemas and throws an
 * ApiError for anything else. Retry policy and reactions live in the QueryClient, not here.
 */
import { z } from 'zod';
import {
  apiErrorBodySchema,
  companySchema,
  dataEnvelope,
  eventFacetsSchema,
  eventSchema,
  eventsPageSchema,
  metaSchema,
  sourceSchema,
  systemSchema,
} from './schema';
import { keepValid } from './skippedRecords';

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'parse' | 'shape';

export class ApiError extends Error {
  readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly endpoint: string,
    readonly status: number | null = null,
    readonly code: string | null = null,
  ) {
    super(message);
  }
  /** 4xx answers will not change by asking again. */
  get isClientError(): boolean {
    return this.status !== null && this.status >= 400 && this.status < 500;
  }
}

export const REQUEST_TIMEOUT_MS = 10_000;

/**
 * Requests wait for this before they go out: the embedded mock API sets it while its service worker starts, so
 * the app can paint its shell at once instead of waiting for the worker. Given a function, it is called at the
 * first request only: what it starts (the mock API) then loads only if a request goes out.
 */
let apiReady: () => Promise<unknown> = () => Promise.resolve();
export function waitForApi(ready: Promise<unknown> | (() => Promise<unknown>)): void {
  let once: Promise<unknown> | undefined;
  apiReady = () => (once ??= (typeof ready === 'function' ? ready() : ready).catch(() => undefined));
}

/** Base URL of the API: the configured server, or this origin where the mock API answers. */
export function apiBase(): string {
  const configured = import.meta.env.VITE_API_BASE_URL as string | undefined;
  const origin = configured || globalThis.location?.origin || 'http://localhost';
  return new URL('/api/v1/', origin).href;
}

type Query = Record<string, string | number | readonly string[] | null | undefined>;

export function buildUrl(path: string, query: Query = {}): string {
  const url = new URL(path.replace(/^\//, ''), apiBase());
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) url.searchParams.set(key, value.join(','));
    } else url.searchParams.set(key, String(value));
  }
  return url.href;
}

export async function request<T extends z.ZodType>(
  path: string,
  schema: T,
  {
    query,
    signal,
    timeoutMs = REQUEST_TIMEOUT_MS,
  }: { query?: Query; signal?: AbortSignal; /** Give up after this long. */ timeoutMs?: number } = {},
): Promise<z.infer<T>> {
  const endpoint = `/api/v1/${path.replace(/^\//, '')}`;
  await apiReady();
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      headers: { Accept: 'application/json' },
      credentials: 'omit',
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause; // cancelled by react-query: not an error to show
    if (timeout.aborted)
      throw new ApiError('timeout', `${endpoint} did not answer within ${timeoutMs / 1000} s`, endpoint);
    throw new ApiError('network', `could not reach ${endpoint} (network error)`, endpoint);
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(
      'parse',
      `${endpoint} answered ${response.status} with a body that is not JSON`,
      endpoint,
      response.status,
    );
  }

  if (!response.ok) {
    const err = apiErrorBodySchema.safeParse(body);
    const message = err.success ? err.data.error.message : `HTTP ${response.status}`;
    throw new ApiError('http', message, endpoint, response.status, err.success ? err.data.error.code : null);
  }

  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new ApiError(
      'shape',
      `${endpoint} answered with unexpected data${where}: ${issue?.message ?? ''}`,
      endpoint,
      response.status,
    );
  }
  return parsed.data;
}

export interface EventsParams {
  company?: readonly string[];
  system?: readonly string[];
  type?: readonly string[];
  from?: string | null;
  to?: string | null;
  q?: string;
  /** Newest first unless 'oldest'. */
  order?: 'newest' | 'oldest';
  cursor?: string | null;
  limit?: number;
  /** YYYY-MM-DD: the page begins at the earliest event on or after this day (API 1.2; not with `cursor`). */
  at?: string | null;
}

/** The filter part of the events parameters: what /events/facets accepts. */
export type EventsFilterParams = Omit<EventsParams, 'cursor' | 'limit' | 'order' | 'at'>;

/** A list answer whose records are checked one by one: one bad record does not cost the others. */
const listEnvelope = z.object({ data: z.array(z.unknown()) });
const lenientEventsPage = eventsPageSchema.extend({ data: z.array(z.unknown()) });

async function list<T extends z.ZodType>(path: string, item: T, signal?: AbortSignal) {
  const body = await request(path, listEnvelope, { signal });
  return { data: keepValid(body.data, item, `/api/v1/${path}`) };
}

export const api = {
  meta: (signal?: AbortSignal) => request('meta', dataEnvelope(metaSchema), { signal }),
  companies: (signal?: AbortSignal) => list('companies', companySchema, signal),
  systems: (signal?: AbortSignal) => list('systems', systemSchema, signal),
  system: (id: string, signal?: AbortSignal) =>
    request(`systems/${encodeURIComponent(id)}`, dataEnvelope(systemSchema), { signal }),
  sources: (signal?: AbortSignal) => list('sources', sourceSchema, signal),
  events: async (params: EventsParams, signal?: AbortSignal) => {
    const page = await request('events', lenientEventsPage, { query: { ...params }, signal });
    return { ...page, data: keepValid(page.data, eventSchema, '/api/v1/events') };
  },
  event: (id: string, signal?: AbortSignal) =>
    request(`events/${encodeURIComponent(id)}`, dataEnvelope(eventSchema), { signal }),
  eventFacets: (params: EventsFilterParams, signal?: AbortSignal) =>
    request('events/facets', dataEnvelope(eventFacetsSchema), { query: { ...params }, signal }),
};
