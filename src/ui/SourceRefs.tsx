import { Link } from '@tanstack/react-router';

/** Links to the sources a fact rests on, as compact markers: [S17] [S20]. */
export function SourceRefs({ ids }: { ids: readonly string[] }) {
  if (!ids.length) return null;
  return (
    <span className="source-refs">
      {ids.map((id) => (
        <Link key={id} to="/sources" hash={id} className="source-ref" aria-label={`source ${id}`}>
          [{id}]
        </Link>
      ))}
    </span>
  );
}
