import { Link } from '@tanstack/react-router';
import type { Company, System } from '../../data/schema';
import { firstRelease, headlineVersion } from '../../data/systems';
import { SpecNote } from '../../ui/SpecNote';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatBoolean, formatDated, formatNumberSpec, NOT_DISCLOSED } from '../../ui/format';

export function SystemCard({ system, company }: { system: System; company: Company | undefined }) {
  const version = headlineVersion(system);
  const specs = version?.specs;
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
        <dd>{formatDated(firstRelease(system))}</dd>
        <dt>Latest version</dt>
        <dd>{version ? `${version.name} (${formatDated(version.released ?? version.announced)})` : NOT_DISCLOSED}</dd>
        <dt>Max clip length</dt>
        <dd>
          {formatNumberSpec(specs?.maxClipSeconds ?? null)}
          {specs?.maxExtendedSeconds && `, ${formatNumberSpec(specs.maxExtendedSeconds)} extended`}
          <SpecNote spec={specs?.maxExtendedSeconds ?? specs?.maxClipSeconds ?? null} />
        </dd>
        <dt>Max resolution</dt>
        <dd>
          {formatNumberSpec(specs?.maxResolution ?? null)}
          <SpecNote spec={specs?.maxResolution ?? null} />
        </dd>
        <dt>Native audio</dt>
        <dd>{formatBoolean(specs?.nativeAudio ?? null)}</dd>
        <dt>Access</dt>
        <dd>{specs?.access?.value ?? NOT_DISCLOSED}</dd>
      </dl>
    </article>
  );
}
