import { outSince, statusOn } from '../../data/lifecycle';
import type { Version } from '../../data/schema';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatDated } from '../../ui/format';

function datesText(v: Version): string {
  const { released, retired } = v.lifecycle;
  const out = released ? `released ${formatDated(released)}` : `announced ${formatDated(outSince(v))}`;
  return retired ? `${out}, retired ${formatDated(retired)}` : out;
}

/** The versions at a glance, newest first, each linking to its full specification below. */
export function VersionIndex({ versions }: { versions: readonly Version[] }) {
  return (
    <ul className="version-index" aria-label="Versions at a glance">
      {[...versions].reverse().map((v) => (
        <li key={v.id}>
          <a href={`#version-${v.id}`}>{v.name}</a> <StatusBadge status={statusOn(v, null)} />{' '}
          <span className="muted">{datesText(v)}</span>
        </li>
      ))}
    </ul>
  );
}
