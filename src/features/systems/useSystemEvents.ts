import { useInfiniteQuery } from '@tanstack/react-query';
import { eventsQuery } from '../../data/queries';

/** The system's events, newest first, 100 a page: one query shared by the events chart and each version. */
export function useSystemEvents(systemId: string) {
  return useInfiniteQuery(eventsQuery({ system: [systemId], limit: 100 }));
}
