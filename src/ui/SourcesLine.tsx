import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { sourcesQuery } from '../data/queries';
import type { Source } from '../data/schema';
import { SourceRefs } from './SourceRefs';

/** A list longer than this shows its first SOURCES_SHOWN sources and "Show all N sources". */
export const LONG_LIST = 50;
export const SOURCES_SHOWN = 20;

// Made at its first use, like format.ts's number format (an Intl object is slow to make).
let natural: Intl.Collator | undefined;

/** Source ids once each, in reading order: S2 before S10 and S100 (numbers in ids compare as numbers). */
export function sortSourceIds(ids: readonly string[]): string[] {
  natural ??= new Intl.Collator('en', { numeric: true });
  return [...new Set(ids)].sort(natural.compare);
}

/** "Sources: Digital Trends; TechCrunch; …", publishers once each, in the order of their sources' ids. */
export function sourcesText(ids: readonly string[], sources: readonly Source[] | undefined): string {
  const byId = new Map(sources?.map((s) => [s.id, s]));
  const publishers = [...new Set(sortSourceIds(ids).map((id) => byId.get(id)?.publisher ?? id))];
  return `Sources: ${publishers.join('; ')}`;
}

/**
 * The sources of a chart, with links to each source's entry on the Sources page. A long list shows its first
 * sources, says how many more there are and offers to show them all.
 */
export function SourcesLine({ ids }: { ids: readonly string[] }) {
  const sources = useQuery(sourcesQuery());
  const [showAll, setShowAll] = useState(false);
  const sorted = sortSourceIds(ids);
  const long = sorted.length > LONG_LIST;
  const shown = long && !showAll ? sorted.slice(0, SOURCES_SHOWN) : sorted;
  const more = sorted.length - shown.length;
  return (
    <p className="sources-line">
      {sourcesText(shown, sources.data)}
      {more > 0 && ` and ${more} more ${more === 1 ? 'source' : 'sources'}`}. <SourceRefs ids={shown} />
      {long && (
        <>
          {' '}
          <button
            type="button"
            className="sources-line__toggle"
            aria-expanded={showAll}
            data-export-ignore
            onClick={() => setShowAll((v) => !v)}
          >
            {showAll ? 'Show fewer sources' : `Show all ${sorted.length} sources`}
          </button>
        </>
      )}
    </p>
  );
}
