/**
 * Where the list's events come from: the pages from the top (the view's query), or, after a jump to a date that
 * the loaded pages do not reach, the pages opened at that date (the API's `at`), which load both ways from there.
 * A new filter or order starts the list again (the list is keyed by them), so the jump's pages go with it.
 */
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { EventsParams } from '../../data/api';
import { eventsAtQuery } from '../../data/queries';
import type { Event } from '../../data/schema';

export interface ListSource {
  events: readonly Event[];
  /** Where the first loaded event is in the whole list: 0 when the list is loaded from the top. */
  offset: number;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
  /** Pages above the loaded ones: only once a jump has opened the list further down. */
  hasPreviousPage: boolean;
  isFetchingPreviousPage: boolean;
  fetchPreviousPage: () => void;
}

export type TopPages = Pick<ListSource, 'events' | 'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage'>;

interface Page {
  data: readonly Event[];
  offset: number;
}

/** The events of pages in list order, each cut where the next begins (a page above may overlap the next one). */
export function eventsOfPages(pages: readonly Page[]): Event[] {
  return pages.flatMap((p, i) => {
    const next = pages[i + 1];
    return next ? p.data.slice(0, Math.max(0, next.offset - p.offset)) : p.data;
  });
}

export function useListSource(top: TopPages, params: Omit<EventsParams, 'cursor' | 'at'>) {
  const client = useQueryClient();
  const [at, setAt] = useState<string | null>(null);
  const around = useInfiniteQuery({ ...eventsAtQuery(params, at ?? ''), enabled: at !== null });
  const pages = at !== null ? around.data?.pages : undefined;
  const source: ListSource = pages
    ? {
        events: eventsOfPages(pages),
        offset: pages[0]?.offset ?? 0,
        hasNextPage: around.hasNextPage,
        isFetchingNextPage: around.isFetchingNextPage,
        fetchNextPage: () => void around.fetchNextPage({ cancelRefetch: false }),
        hasPreviousPage: around.hasPreviousPage,
        isFetchingPreviousPage: around.isFetchingPreviousPage,
        fetchPreviousPage: () => void around.fetchPreviousPage({ cancelRefetch: false }),
      }
    : { ...top, offset: 0, hasPreviousPage: false, isFetchingPreviousPage: false, fetchPreviousPage: () => {} };

  /** Opens the list at a day: the event it then begins with, or null when no event is on or after the day. */
  const openAt = async (day: string): Promise<Event | null> => {
    const data = await client.fetchInfiniteQuery(eventsAtQuery(params, day));
    const first = data.pages[data.pageParams.indexOf(null)]?.data[0] ?? null;
    if (first) setAt(day);
    return first;
  };
  /** A page above or below the date failed: the loaded events stay; Retry asks for that page again. */
  const failed =
    pages && around.error
      ? {
          error: around.error,
          retry: around.isFetchPreviousPageError ? source.fetchPreviousPage : source.fetchNextPage,
        }
      : null;
  return { source, openAt, failed };
}
