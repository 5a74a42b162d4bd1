import { useQuery } from '@tanstack/react-query';
import { sourcesQuery } from '../data/queries';
import type { Source } from '../data/schema';
import { SourceRefs } from './SourceRefs';

/** "Sources: Digital Trends; TechCrunch; …" with links to each source's entry on the Sources page. */
export function sourcesText(ids: readonly string[], sources: readonly Source[] | undefined): string {
  const byId = new Map(sources?.map((s) => [s.id, s]));
  const publishers = [...new Set(ids.map((id) => byId.get(id)?.publisher ?? id))];
  return `Sources: ${publishers.join('; ')}`;
}

export function SourcesLine({ ids }: { ids: readonly string[] }) {
  const sources = useQuery(sourcesQuery());
  const unique = [...new Set(ids)];
  return (
    <p className="sources-line">
      {sourcesText(unique, sources.data)}. <SourceRefs ids={unique} />
    </p>
  );
}
