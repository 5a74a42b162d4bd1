/**
 * The timeline's filter, read from the URL and written back to it (the URL is the only copy: back/forward
 * and pasted links just work). Unknown company/system ids are known only once the dataset's lists have
 * loaded; they are then left out of the filter and reported with the unreadable values.
 */
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';
import { knownFilter, unknownIds, type KnownIds } from './knownIds';
import { filterToSearch, readTimelineSearch, type Dropped, type TimelineFilter } from './timelineSearch';

export interface TimelineFilterState {
  filter: TimelineFilter;
  /** Values in the URL that were ignored. */
  dropped: Dropped[];
  setFilter: (patch: Partial<TimelineFilter>) => void;
  /** Sets the date range only; stable across renders, so memoised charts can hold it. */
  setRange: (range: { from: string; to: string }) => void;
  clearFilters: () => void;
  /** Rewrites the URL without the ignored values (no new history entry). */
  dropIgnored: () => void;
}

export function useTimelineFilter(known: KnownIds | undefined): TimelineFilterState {
  const search = useSearch({ from: '/timeline' });
  const navigate = useNavigate({ from: '/timeline' });

  const read = readTimelineSearch(search);
  const filter = known ? knownFilter(read.filter, known) : read.filter;
  const dropped = [...read.dropped, ...(known ? unknownIds(read.filter, known) : [])];

  // Parameters that are not the timeline's (the mock API's ?dataset=, ?chaos=) are kept as they are.
  const go = (next: TimelineFilter, replace = false) =>
    void navigate({ search: (prev) => ({ ...prev, ...filterToSearch(next) }), replace, resetScroll: false });

  const setRange = useCallback(
    ({ from, to }: { from: string; to: string }) =>
      void navigate({ search: (prev) => ({ ...prev, from, to }), resetScroll: false }),
    [navigate],
  );

  return {
    filter,
    dropped,
    setFilter: (patch) => go({ ...filter, ...patch }),
    setRange,
    clearFilters: () => go({ ...filter, company: [], system: [], type: [], from: null, to: null, q: '' }),
    dropIgnored: () => go(filter, true),
  };
}
