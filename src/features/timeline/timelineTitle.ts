/** What the timeline's title says it shows: "Meta, 2025", "Sora, Jan 2025 – Jun 2025, “licence”". */
import { endDay, startDay } from '../../data/dates';
import { formatDate } from '../../ui/format';
import type { Lookups } from './lookups';
import type { TimelineFilter } from './timelineSearch';

const bound = (b: string) => formatDate(b, b.length === 7 ? 'month' : 'day');

/** A date range in words: a whole year as "2025", a whole month as "Jun 2025", else its two ends. */
export function rangeLabel(from: string | null, to: string | null): string | null {
  if (from && to) {
    const [first, last] = [startDay(from), endDay(to)];
    if (first.slice(0, 4) === last.slice(0, 4) && first.endsWith('-01-01') && last.endsWith('-12-31'))
      return first.slice(0, 4);
    if (first.slice(0, 7) === last.slice(0, 7) && first.endsWith('-01') && last === endDay(last.slice(0, 7)))
      return formatDate(first, 'month');
    return `${bound(from)} – ${bound(to)}`;
  }
  if (from) return `from ${bound(from)}`;
  if (to) return `until ${bound(to)}`;
  return null;
}

export function timelineTitleDetail(filter: TimelineFilter, lookups: Lookups): string | null {
  const names = [
    ...filter.company.map((id) => lookups.companies.get(id)?.name ?? id),
    ...filter.system.map((id) => lookups.systems.get(id)?.name ?? id),
  ];
  const q = filter.q.trim();
  const parts = [names.join(', '), rangeLabel(filter.from, filter.to), q && `“${q}”`].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}
