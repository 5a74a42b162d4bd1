import { Link } from '@tanstack/react-router';
import { useEffect, useId, useRef } from 'react';
import type { Event } from '../../data/schema';
import { ExternalLink } from '../../ui/ExternalLink';
import { formatDate } from '../../ui/format';
import { SourceKindBadge } from '../../ui/SourceKindBadge';
import { typeLabel } from './eventTypes';
import type { Lookups } from './lookups';

/** A source's publication date as the page gives it: a year, a month or a day. */
const formatPublished = (p: string) => (p.length === 4 ? p : formatDate(p, p.length === 7 ? 'month' : 'day'));

/** Puts focus back on the event's title in the list, or on the list heading if the row is scrolled away. */
function returnFocus(eventId: string) {
  const opener = document.querySelector<HTMLElement>(`[data-event-open="${eventId}"]`);
  (opener ?? document.getElementById('timeline-events'))?.focus();
}

/** The whole record of one event in a modal dialog. Escape, the Close button or a click outside close it. */
export function EventDetails({ event, lookups, onClose }: { event: Event; lookups: Lookups; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', ''); // browsers without <dialog> modality (and jsdom)
    closeRef.current?.focus();
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
      returnFocus(event.id);
    };
  }, [event.id]);

  const companies = event.companyIds.map((id) => lookups.companies.get(id)?.name ?? id);
  return (
    <dialog
      ref={ref}
      className="event-details"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
      onClick={(e) => e.target === e.currentTarget && onClose()}
    >
      <div className="event-details__body">
        <header className="event-details__header">
          <h2 id={titleId}>{event.title}</h2>
          <button ref={closeRef} type="button" className="button" onClick={onClose}>
            Close
          </button>
        </header>
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
      </div>
    </dialog>
  );
}
