import { Link } from '@tanstack/react-router';
import type { Source } from '../../data/schema';
import { ExternalLink } from '../../ui/ExternalLink';
import { formatDate } from '../../ui/format';
import { SourceKindBadge } from '../../ui/SourceKindBadge';
import type { FactRef } from './factsBySource';

function published(date: string | null): string {
  if (!date) return 'date not shown';
  const parts = date.split('-').length;
  return parts === 1 ? date : formatDate(date, parts === 2 ? 'month' : 'day');
}

/** One source: title and link, publisher and dates, and the facts that cite it. */
export function SourceEntry({
  source,
  facts,
  linked = false,
}: {
  source: Source;
  facts: readonly FactRef[] | null;
  /** The source the page's link points at (#S36): marked so the eye finds it. */
  linked?: boolean;
}) {
  const s = source;
  return (
    <li id={s.id} tabIndex={-1} className={linked ? 'source--linked' : undefined} aria-current={linked || undefined}>
      <span className="source-id">{s.id}</span> <ExternalLink href={s.url}>{s.title}</ExternalLink>
      <SourceKindBadge kind={s.kind} />
      <br />
      <span className="muted">
        {s.publisher} · published {published(s.published)} · accessed {formatDate(s.accessed)}
        {s.note && ` · ${s.note}`}
      </span>
      {facts !== null &&
        (facts.length ? (
          <details className="source-facts">
            <summary>
              Used for {facts.length} {facts.length === 1 ? 'fact' : 'facts'}
              <span className="visually-hidden"> from {s.id}</span>
            </summary>
            <ul aria-label={`Facts from ${s.id}`}>
              {facts.map((f, i) => (
                <li key={`${i}-${f.text}`}>
                  {f.systemId ? (
                    <Link to="/systems/$systemId" params={{ systemId: f.systemId }}>
                      {f.text}
                    </Link>
                  ) : (
                    f.text
                  )}
                </li>
              ))}
            </ul>
          </details>
        ) : (
          <p className="source-facts muted">Not cited by any fact in the dataset.</p>
        ))}
    </li>
  );
}
