import { Link } from '@tanstack/react-router';
import { Fragment } from 'react';
import type { Company, System } from '../../data/schema';
import { firstRelease } from '../../data/systems';
import { SpecNote } from '../../ui/SpecNote';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatDated, formatNumberSpec, NOT_DISCLOSED } from '../../ui/format';
import { cardFacts } from './cardFacts';

export function SystemCard({ system, company }: { system: System; company: Company | undefined }) {
  const { version, facts } = cardFacts(system);
  const extended = version?.specs.maxExtendedSeconds;
  const headingId = `card-${system.id}`;
  return (
    <article
      className="card"
      aria-labelledby={headingId}
      style={{ '--accent': company?.color ?? 'var(--muted)' } as React.CSSProperties}
    >
      <header className="card__header">
        <p className="card__company">
          <span className="swatch" aria-hidden="true" />
          {company?.name ?? system.companyId}
        </p>
        <h2 id={headingId} className="card__title">
          <Link to="/systems/$systemId" params={{ systemId: system.id }}>
            {system.name}
          </Link>
        </h2>
        <p className="card__meta">
          {system.modalities.join(' · ')} {version && <StatusBadge status={version.status} />}
        </p>
      </header>
      <dl className="facts">
        <dt>First release</dt>
        <dd>{firstRelease(system) ? formatDated(firstRelease(system)) : 'not released'}</dd>
        <dt>Latest version</dt>
        <dd>{version ? `${version.name} (${formatDated(version.released ?? version.announced)})` : NOT_DISCLOSED}</dd>
        {facts.map((f) => (
          <Fragment key={f.key}>
            <dt className={f.key === 'access' ? 'facts__wide' : undefined}>{f.label}</dt>
            <dd className={f.key === 'access' ? 'facts__wide' : undefined}>
              <span className={f.disclosed ? undefined : 'not-disclosed'}>{f.text}</span>
              {f.key === 'maxClipSeconds' && extended && `, ${formatNumberSpec(extended)} with extensions`}
              <SpecNote
                spec={f.key === 'maxClipSeconds' && extended?.note ? extended : { note: f.note ?? undefined }}
              />
              {f.fallback && (
                <span className="cell-note">
                  {f.fallback.versionName}: {f.fallback.text}
                </span>
              )}
            </dd>
          </Fragment>
        ))}
      </dl>
    </article>
  );
}
