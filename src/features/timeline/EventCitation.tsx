import { useEffect, useState } from 'react';
import type { Event, Meta, Source } from '../../data/schema';
import { buildCitation } from '../../ui/export/citation';
import { copyText } from '../../ui/export/clipboard';
import { formatDate } from '../../ui/format';

/** The citation of one event: its title and date, the dataset's version and date, and the event's own link. */
export function eventCitation(
  event: Event,
  meta: Meta | undefined,
  sources: readonly Source[],
  url: string,
  now: Date,
) {
  const dataset = meta ? `; ${meta.title}, version ${meta.version} of ${formatDate(meta.updatedAt)}` : '';
  return buildCitation({
    title: event.title,
    subtitle: `${formatDate(event.date, event.precision)}${dataset}`,
    sourceIds: event.sourceIds,
    sources,
    url,
    date: now,
  });
}

/** The citation as text a reader can select, and a button that copies it. */
export function EventCitation({ text }: { text: string }) {
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), 4000);
    return () => clearTimeout(timer);
  }, [message]);
  const copy = async () => {
    try {
      await copyText(text);
      setMessage('Citation copied');
    } catch (error) {
      setMessage(`${error instanceof Error ? error.message : 'Could not copy.'} Select the text and copy it instead.`);
    }
  };
  return (
    <div className="event-citation">
      <h3>Cite this event</h3>
      <pre className="event-citation__text">{text}</pre>
      <button type="button" className="button" onClick={() => void copy()}>
        Copy citation
      </button>{' '}
      <span className="muted" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
