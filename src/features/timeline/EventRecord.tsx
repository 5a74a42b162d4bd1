import { Link } from '@tanstack/react-router';
import type { Event } from '../../data/schema';
import { ExternalLink } from '../../ui/ExternalLink';
import { formatDate } from '../../ui/format';
import { SourceKindBadge } from '../../ui/SourceKindBadge';
import { typeLabel } from './eventTypes';
import type { Lookups } from './lookups';

/** A source's publication date as the page gives it: a year, a month or a day. */
const formatPublished = (p: string) => (p.length === 4 ? p : formatDate(p, p.length === 7 ? 'month' : 'day'));

/** The system that has a version, and the version, found by the version's id. */
function versionOf(lookups: Lookups, versionId: string) {
  for (const system of lookups.systems.values()) {
    const version = system.versions.find((v) => v.id === versionId);
    if (version) return { system, version };
  }
  return undefined;
}

/** The whole record of one event: date, type, companies, the systems and versions it concerns, its sources. */
export function EventRecord({ event, lookups }: { event: Event; lookups: Lookups }) {
  const companies = event.companyIds.map((id) => lookups.companies.get(id)?.name ?? id);
  return (
    <>
      <dl className="facts">
        <dt>Date</dt>
        <dd>
          <time dateTime={event.date}>{formatDate(event.date, event.precision)}</time>{' '}
          <span className="muted">(known to the {event.precision})</span>
        </dd>
        <dt>Type</dt>
        <dd>{typeLabel(event.type)}</dd>
        <dt>{companies.length === 1 ? 'Company' : 'Companies'}</dt>
        <dd>{companies.join(', ')}</dd>
        <dt>Systems</dt>
        <dd>
          {event.systemIds.length === 0 && <span className="muted">none named</span>}
          {event.systemIds.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <Link to="/systems/$systemId" params={{ systemId: id }}>
                {lookups.systems.get(id)?.name ?? id}
              </Link>
            </span>
          ))}
        </dd>
        {event.versionIds.length > 0 && (
          <>
            <dt>{event.versionIds.length === 1 ? 'Version' : 'Versions'}</dt>
            <dd>
              {event.versionIds.map((id, i) => {
                const found = versionOf(lookups, id);
                return (
                  <span key={id}>
                    {i > 0 && ', '}
                    {found ? (
                      <Link to="/systems/$systemId" params={{ systemId: found.system.id }} hash={`version-${id}`}>
                        {found.version.name}
                      </Link>
                    ) : (
                      id
                    )}
                  </span>
                );
              })}
            </dd>
          </>
        )}
        <dt>Record id</dt>
        <dd>
          <code>{event.id}</code>
        </dd>
      </dl>
      <p>{event.summary}</p>
      {event.note && <p className="note">Note: {event.note}</p>}
      <h3>Sources</h3>
      <ul className="event-details__sources">
        {event.sourceIds.map((id) => {
          const s = lookups.sources.get(id);
          return (
            <li key={id}>
              <ExternalLink href={s?.url}>{s?.title ?? id}</ExternalLink>
              {s && (
                <span className="muted">
                  {' '}
                  — {s.publisher}
                  {s.published && `, published ${formatPublished(s.published)}`}, accessed {formatDate(s.accessed)}{' '}
                  <SourceKindBadge kind={s.kind} />
                </span>
              )}{' '}
              <Link to="/sources" hash={id} className="source-ref" aria-label={`source ${id} on the Sources page`}>
                [{id}]
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}
