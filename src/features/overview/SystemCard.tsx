import { Link } from '@tanstack/react-router';
import { Fragment } from 'react';
import { firstRelease, outSince, shutDownOn, statusOn } from '../../data/lifecycle';
import type { Company, System } from '../../data/schema';
import { SpecNote } from '../../ui/SpecNote';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatDated, NOT_DISCLOSED } from '../../ui/format';
import { formatValue } from '../../ui/specs';
import { cardFacts } from './cardFacts';

export function SystemCard({ system, company }: { system: System; company: Company | undefined }) {
  const { version, specs, facts } = cardFacts(system);
  const extended = specs?.maxExtendedSeconds;
  const shutDown = shutDownOn(system, null);
  const retired = version && statusOn(version, null) === 'retired' ? version.lifecycle.retired : null;
  const headingId = `card-${system.id}`;
  return (
    <article
      className="card"
      aria-labelledby={headingId}
      style={{ '--accent': company?.color ?? 'var(--muted)' } as React.CSSProperties}
    >
      <div className="card__header">
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
          {system.modalities.join(' · ')}{' '}
          {version && (
            <StatusBadge status={statusOn(version, null)} since={retired ? formatDated(retired) : undefined} />
          )}
        </p>
        {shutDown && <p className="card__shutdown">Shut down: every version was retired by {formatDated(shutDown)}.</p>}
      </div>
      <dl className="facts">
        <dt>First release</dt>
        <dd>{firstRelease(system) ? formatDated(firstRelease(system)) : 'not released'}</dd>
        <dt>{shutDown ? 'Last version' : 'Latest version'}</dt>
        <dd>{version ? `${version.name} (${formatDated(outSince(version))})` : NOT_DISCLOSED}</dd>
        {facts.map((f) => (
          <Fragment key={f.key}>
            <dt className={f.key === 'access' ? 'facts__wide' : undefined}>{f.label}</dt>
            <dd className={f.key === 'access' ? 'facts__wide' : undefined}>
              <span className={f.value ? undefined : 'not-disclosed'}>{f.text}</span>
              {f.key === 'maxClipSeconds' && extended && `, ${formatValue(extended)} with extensions`}
              <SpecNote spec={f.key === 'maxClipSeconds' && extended?.note ? extended : f.value} />
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
