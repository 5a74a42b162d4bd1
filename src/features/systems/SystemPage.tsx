import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { ApiError } from '../../data/api';
import { companiesQuery, eventsQuery, systemQuery } from '../../data/queries';
import { ExternalLink } from '../../ui/ExternalLink';
import { QueryView } from '../../ui/QueryStates';
import { SourceRefs } from '../../ui/SourceRefs';
import { formatDate } from '../../ui/format';
import { VersionSpecs } from './VersionSpecs';

export function SystemPage() {
  const { systemId } = useParams({ from: '/systems/$systemId' });
  const system = useQuery(systemQuery(systemId));
  const companies = useQuery(companiesQuery());
  const events = useInfiniteQuery(eventsQuery({ system: [systemId], limit: 100 }));

  if (system.error instanceof ApiError && system.error.status === 404) {
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
          <article className="page" aria-labelledby="system-title">
            <p className="eyebrow">{company?.name ?? s.companyId}</p>
            <h1 id="system-title">{s.name}</h1>
            <p className="lede">
              {s.summary} <SourceRefs ids={s.sourceIds} />
            </p>
            {s.url && (
              <p>
                Official page: <ExternalLink href={s.url}>{s.url}</ExternalLink>
              </p>
            )}
            <h2>Versions</h2>
            {[...s.versions].reverse().map((v) => (
              <VersionSpecs key={v.id} version={v} />
            ))}
            <h2>Events</h2>
            <QueryView query={events} what="events" isEmpty={(d) => d.pages[0]?.total === 0}>
              {(d) => (
                <ol className="event-list">
                  {d.pages
                    .flatMap((p) => p.data)
                    .map((e) => (
                      <li key={e.id}>
                        <time dateTime={e.date}>{formatDate(e.date, e.precision)}</time> ·{' '}
                        <span className="badge">{e.type}</span> {e.title} <SourceRefs ids={e.sourceIds} />
                      </li>
                    ))}
                </ol>
              )}
            </QueryView>
          </article>
        );
      }}
    </QueryView>
  );
}
