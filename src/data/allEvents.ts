/** Every event of a filter, not just a page: the pages fetched one after the other, at the API's largest size. */
import { api, type EventsParams } from './api';
import type { Event } from './schema';

export const ALL_EVENTS_PAGE = 500;

export async function fetchAllEvents(
  params: Omit<EventsParams, 'cursor' | 'limit'>,
  signal?: AbortSignal,
): Promise<Event[]> {
  const events: Event[] = [];
  let cursor: string | null = null;
  do {
    const page = await api.events({ ...params, limit: ALL_EVENTS_PAGE, cursor }, signal);
    events.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return events;
}
