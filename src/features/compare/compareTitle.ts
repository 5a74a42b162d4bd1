/** What the Compare page's title says it shows: "Sora, Veo, as of 1 Jun 2025" (nothing for the default view). */
import type { System } from '../../data/schema';
import { formatDate } from '../../ui/format';
import { readCompareSearch, type CompareSearch } from './compareSearch';

export function compareTitleDetail(search: CompareSearch, systems: readonly System[] | undefined): string | null {
  const { query } = readCompareSearch(search);
  const chosen = systems?.filter((s) => query.systems?.includes(s.id)) ?? [];
  const parts = [
    chosen.length && chosen.length < (systems?.length ?? 0) ? chosen.map((s) => s.name).join(', ') : null,
    query.asOf ? `as of ${formatDate(query.asOf)}` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}
