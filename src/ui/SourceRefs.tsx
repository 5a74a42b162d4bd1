import { Link } from '@tanstack/react-router';
import { createContext, useContext } from 'react';
import type { SourceKind } from '../data/schema';

/** The kind of each source, where a page knows them: first-party references are marked. */
export const SourceKindsContext = createContext<ReadonlyMap<string, SourceKind> | null>(null);

/** Links to the sources a fact rests on, as compact markers: [S17] [S20✓] (✓: the company's own page). */
export function SourceRefs({ ids }: { ids: readonly string[] }) {
  const kinds = useContext(SourceKindsContext);
  if (!ids.length) return null;
  return (
    <span className="source-refs">
      {ids.map((id) => {
        const own = kinds?.get(id) === 'first-party';
        return (
          <Link
            key={id}
            to="/sources"
            hash={id}
            className={own ? 'source-ref source-ref--first-party' : 'source-ref'}
            aria-label={own ? `source ${id}, the company’s own page` : `source ${id}`}
          >
            [{id}
            {own && <span aria-hidden="true">✓</span>}]
          </Link>
        );
      })}
    </span>
  );
}
