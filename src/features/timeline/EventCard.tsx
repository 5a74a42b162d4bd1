import { Link } from '@tanstack/react-router';
import { useId, type CSSProperties } from 'react';
import type { Event } from '../../data/schema';
import { ExternalLink } from '../../ui/ExternalLink';
import { formatDate } from '../../ui/format';
import { typeLabel } from './eventTypes';
import { Highlight } from './Highlight';
import type { Lookups } from './lookups';

/** One event in the list: date at its precision, type, companies, title (opens the details), summary, links. */
export function EventCard({
  event,
  lookups,
  position,
  setSize,
  needles,
  onOpen,
}: {
  event: Event;
  lookups: Lookups;
  position: number;
  setSize: number;
  /** What the search asks for: marked where found. */
  needles: readonly string[];
  onOpen: (event: Event) => void;
}) {
  const titleId = useId();
  return (
    <article className="event" aria-labelledby={titleId} aria-posinset={position} aria-setsize={setSize}>
      <p className="event__meta">
        <time dateTime={event.date}>{formatDate(event.date, event.precision)}</time>
        <span className={`badge event-type event-type--${event.type}`}>{typeLabel(event.type)}</span>
        {event.companyIds.map((id) => {
          const company = lookups.companies.get(id);
          const style = { '--accent': company?.color ?? 'var(--muted)' } as CSSProperties;
          return (
            <span key={id} className="event__company" style={style}>
              <span className="swatch" aria-hidden="true" />
              {company?.name ?? id}
            </span>
          );
        })}
      </p>
      <h4 className="event__title" id={titleId}>
        <button
          type="button"
          className="event__open"
          data-event-open={event.id}
          aria-haspopup="dialog"
          onClick={() => onOpen(event)}
        >
          <Highlight text={event.title} needles={needles} />
        </button>
      </h4>
      <p className="event__summary">
        <Highlight text={event.summary} needles={needles} />
      </p>
      <p className="event__links">
        {event.systemIds.length > 0 && (
          <span className="event__systems">
            {event.systemIds.map((id) => (
              <Link key={id} to="/systems/$systemId" params={{ systemId: id }} className="chip chip--link">
                {lookups.systems.get(id)?.name ?? id}
              </Link>
            ))}
          </span>
        )}
        <span className="event__sources">
          Sources:{' '}
          {event.sourceIds.map((id, i) => {
            const source = lookups.sources.get(id);
            return (
              <span key={id}>
                {i > 0 && ', '}
                <ExternalLink href={source?.url}>{source?.publisher ?? id}</ExternalLink>
              </span>
            );
          })}
        </span>
      </p>
    </article>
  );
}
