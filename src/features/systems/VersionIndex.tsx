import type { Version } from '../../data/schema';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatDated } from '../../ui/format';

/** The versions at a glance, newest first, each linking to its full specification below. */
export function VersionIndex({ versions }: { versions: readonly Version[] }) {
  return (
    <ul className="version-index" aria-label="Versions at a glance">
      {[...versions].reverse().map((v) => (
        <li key={v.id}>
          <a href={`#version-${v.id}`}>{v.name}</a> <StatusBadge status={v.status} />{' '}
          <span className="muted">
            {v.released ? `released ${formatDated(v.released)}` : `announced ${formatDated(v.announced)}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
