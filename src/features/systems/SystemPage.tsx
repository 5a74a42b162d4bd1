import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useLocation, useParams, useSearch } from '@tanstack/react-router';
import { ApiError } from '../../data/api';
import { companiesQuery, sourcesQuery, systemQuery } from '../../data/queries';
import { ExternalLink } from '../../ui/ExternalLink';
import { QueryView } from '../../ui/QueryStates';
import { SourceKindsContext, SourceRefs } from '../../ui/SourceRefs';
import { SystemEvents } from './SystemEvents';
import { VersionIndex } from './VersionIndex';
import { VersionSpecs } from './VersionSpecs';
import { usePageTitle } from '../../ui/usePageTitle';
import './systems.css';

export function SystemPage() {
  const { systemId } = useParams({ from: '/systems/$systemId' });
  // `?version=veo-3` opens a version's section; so does the anchor `#version-veo-3` (links from other pages).
  const { version } = useSearch({ from: '/systems/$systemId' });
  const hash = useLocation({ select: (l) => l.hash });
  const opened = version ?? (hash.startsWith('version-') ? hash.slice('version-'.length) : undefined);
  const system = useQuery(systemQuery(systemId));
  const companies = useQuery(companiesQuery());
  const sources = useQuery(sourcesQuery());
  const missing = system.error instanceof ApiError && system.error.status === 404;
  usePageTitle(missing ? 'No such system' : (system.data?.name ?? 'System'));
  const kinds = useMemo(() => (sources.data ? new Map(sources.data.map((x) => [x.id, x.kind])) : null), [sources.data]);

  if (missing) {
    return (
      <section className="page">
        <h1>No such system</h1>
        <p>
          Genscope has no system with the id “{systemId}”. See the <Link to="/">Overview</Link> for the systems it
          covers.
        </p>
      </section>
    );
  }

  return (
    <QueryView query={system} what="this system">
      {(s) => {
        const company = companies.data?.find((c) => c.id === s.companyId);
        return (
          <SourceKindsContext.Provider value={kinds}>
            <article className="page" aria-labelledby="system-title">
              <p className="eyebrow">
                <span className="swatch" style={{ background: company?.color ?? 'var(--muted)' }} aria-hidden="true" />{' '}
                {company ? <ExternalLink href={company.url}>{company.name}</ExternalLink> : s.companyId}
              </p>
              <h1 id="system-title">{s.name}</h1>
              <p className="lede">
                {s.summary} <SourceRefs ids={s.sourceIds} />
              </p>
              <p className="system-links">
                {s.url && (
                  <>
                    Official page: <ExternalLink href={s.url}>{s.url}</ExternalLink> ·{' '}
                  </>
                )}
                <Link to="/compare" search={{ systems: [s.id], versions: s.versions.map((v) => v.id) }}>
                  {s.versions.length === 1
                    ? `Compare the only version of ${s.name}`
                    : `Compare all ${s.versions.length} versions of ${s.name}`}
                </Link>
                {' · '}
                <Link to="/timeline" search={{ system: [s.id] }}>
                  All events of {s.name} on the timeline
                </Link>
              </p>
              {opened && !s.versions.some((v) => v.id === opened) && (
                <p className="notice" role="status">
                  {s.name} has no version “<bdi>{opened}</bdi>”: all its versions are below.
                </p>
              )}
              <h2>Versions</h2>
              <p className="muted">
                Each value holds from the date shown until the next one; [S12✓] marks the company’s own page as its
                source.
              </p>
              <VersionIndex versions={s.versions} />
              {[...s.versions].reverse().map((v) => (
                <VersionSpecs key={v.id} system={s} version={v} opened={v.id === opened} />
              ))}
              <h2>Events</h2>
              <SystemEvents system={s} company={company} />
            </article>
          </SourceKindsContext.Provider>
        );
      }}
    </QueryView>
  );
}
