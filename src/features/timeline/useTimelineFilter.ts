/**
 * The timeline's filter, read from the URL and written back to it (the URL is the only copy: back/forward
 * and pasted links just work). Unknown company/system ids are known only once the dataset's lists have
 * loaded; they are then left out of the filter and reported with the unreadable values. The list's order and
 * the open event live in the URL too, so a link reopens exactly what was on screen.
 */
import { useNavigate, useRouter, useSearch } from '@tanstack/react-router';
import { useCallback, useRef } from 'react';
import { knownFilter, unknownIds, type KnownIds } from './knownIds';
import {
  filterToSearch,
  readListSearch,
  readTimelineSearch,
  type Dropped,
  type ListOrder,
  type TimelineFilter,
} from './timelineSearch';

export interface TimelineFilterState {
  filter: TimelineFilter;
  /** A range given backwards (From after To), as given: not applied, reported by the date fields. */
  backwards: { from: string; to: string } | undefined;
  /** Values in the URL that were ignored. */
  dropped: Dropped[];
  order: ListOrder;
  /** The id of the event open over the list, if any. */
  eventId: string | null;
  setFilter: (patch: Partial<TimelineFilter>) => void;
  /** Sets the date range only; stable across renders, so memoised charts can hold it. */
  setRange: (range: { from: string; to: string }) => void;
  setOrder: (order: ListOrder) => void;
  openEvent: (id: string) => void;
  /** Closes the open event: back in history when it was opened here, else the same view without it. */
  closeEvent: () => void;
  clearFilters: () => void;
  /** Rewrites the URL without the ignored values (no new history entry). */
  dropIgnored: () => void;
}

export function useTimelineFilter(known: KnownIds | undefined): TimelineFilterState {
  const search = useSearch({ from: '/timeline' });
  const navigate = useNavigate({ from: '/timeline' });
  const { history } = useRouter();
  const openedHere = useRef<string | null>(null);

  const read = readTimelineSearch(search);
  const list = readListSearch(search);
  const filter = known ? knownFilter(read.filter, known) : read.filter;
  const dropped = [...read.dropped, ...list.dropped, ...(known ? unknownIds(read.filter, known) : [])];
  // Other filters change around a backwards range without losing it.
  const base = read.backwards ? { ...filter, ...read.backwards } : filter;

  // Parameters that are not the timeline's (the mock API's ?dataset=, ?chaos=) are kept as they are.
  const go = (next: TimelineFilter, replace = false) =>
    void navigate({
      search: (prev) => ({
        ...prev,
        ...filterToSearch(next),
        order: list.order === 'oldest' ? 'oldest' : undefined,
        event: replace ? (list.event ?? undefined) : undefined,
      }),
      replace,
      resetScroll: false,
    });

  const setRange = useCallback(
    ({ from, to }: { from: string; to: string }) =>
      void navigate({ search: (prev) => ({ ...prev, from, to }), resetScroll: false }),
    [navigate],
  );

  return {
    filter,
    backwards: read.backwards,
    dropped,
    order: list.order,
    eventId: list.event,
    setFilter: (patch) => go({ ...base, ...patch }),
    setRange,
    setOrder: (order) =>
      void navigate({
        search: (prev) => ({ ...prev, order: order === 'oldest' ? 'oldest' : undefined }),
        resetScroll: false,
      }),
    openEvent: (id) => {
      openedHere.current = id;
      void navigate({ search: (prev) => ({ ...prev, event: id }), resetScroll: false });
    },
    closeEvent: () => {
      if (openedHere.current !== null && openedHere.current === list.event) {
        openedHere.current = null;
        history.back();
        return;
      }
      void navigate({ search: (prev) => ({ ...prev, event: undefined }), replace: true, resetScroll: false });
    },
    clearFilters: () => go({ ...filter, company: [], system: [], type: [], from: null, to: null, q: '' }),
    dropIgnored: () => go(filter, true),
  };
}
