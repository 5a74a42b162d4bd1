import { useLocation } from '@tanstack/react-router';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { ApiError } from '../../data/api';
import type { Event, Meta } from '../../data/schema';
import { ErrorState, LoadingState } from '../../ui/QueryStates';
import { EventCitation, eventCitation } from './EventCitation';
import { EventRecord } from './EventRecord';
import type { Lookups } from './lookups';
import type { Panel } from './panel';

/** Puts focus back on the event's title in the list, or on the list heading if the row is scrolled away. */
function returnFocus(eventId: string) {
  const opener = document.querySelector<HTMLElement>(`[data-event-open="${CSS.escape(eventId)}"]`);
  (opener ?? document.getElementById('timeline-events'))?.focus();
}

interface Props {
  eventId: string;
  /** The event, its loading, or why it could not be had (a link may name any event, or none that exists). */
  panel: Panel<Event>;
  lookups: Lookups;
  meta: Meta | undefined;
  onClose: () => void;
}

/**
 * One event in a modal dialog, over the list: it has its own link (`?event=<id>`), so Back, Escape, the Close
 * button or a click outside close it, and focus returns to where it was.
 */
export function EventDetails({ eventId, panel, lookups, meta, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  // The event's own link: the view as it is, with the event open.
  const href = useLocation({ select: (l) => l.href });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', ''); // browsers without <dialog> modality (and jsdom)
    closeRef.current?.focus();
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
      returnFocus(eventId);
    };
  }, [eventId]);

  const event = panel.data;
  const missing = panel.error instanceof ApiError && panel.error.status === 404;
  let title: string;
  let body: ReactNode;
  if (event) {
    title = event.title;
    const url = new URL(href, window.location.origin).href;
    const text = eventCitation(event, meta, [...lookups.sources.values()], url, new Date());
    body = (
      <>
        <EventRecord event={event} lookups={lookups} />
        <EventCitation text={text} />
      </>
    );
  } else if (missing) {
    title = 'No such event';
    body = (
      <p>
        The link names an event (<code>{eventId}</code>) that is not in this dataset. It may be mistyped, or come from
        another dataset. Close this to see the events.
      </p>
    );
  } else if (panel.error) {
    title = 'Could not open the event';
    body = <ErrorState title="The event could not be loaded." error={panel.error} onRetry={panel.retry} />;
  } else {
    title = 'Opening the event…';
    body = <LoadingState label="Loading the event…" />;
  }

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
          <h2 id={titleId}>{title}</h2>
          <button ref={closeRef} type="button" className="button" onClick={onClose}>
            Close
          </button>
        </header>
        {body}
      </div>
    </dialog>
  );
}
