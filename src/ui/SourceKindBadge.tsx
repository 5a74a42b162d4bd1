import type { SourceKind } from '../data/schema';

export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  'first-party': 'first-party',
  'primary-reporting': 'reporting',
  secondary: 'secondary',
  reseller: 'reseller',
  directory: 'directory',
  aggregator: 'aggregator',
  staging: 'staging site',
  'look-alike': 'look-alike domain',
  synthetic: 'synthetic',
};

/** What kind of page a source is, as a small badge; first-party pages stand out. */
export function SourceKindBadge({ kind }: { kind: SourceKind }) {
  return <span className={`badge badge--source badge--${kind}`}>{SOURCE_KIND_LABEL[kind]}</span>;
}
