import { useId } from 'react';
import { MAX_QUERY_LENGTH } from './timelineSearch';
import { draftInputProps, useDraft } from './useDraft';

/**
 * The pause after which typed text reaches the URL (and the list). Short: the index answers in milliseconds;
 * the wait only spares the page a re-render for each key of a burst. The counts and charts wait longer.
 */
export const SEARCH_DELAY_MS = 60;

/** Free text over titles and summaries; typing is debounced, the URL keeps the committed text. */
export function SearchBox({ value, onCommit }: { value: string; onCommit: (q: string) => void }) {
  const id = useId();
  const hintId = useId();
  const text = useDraft(value, onCommit, { delayMs: SEARCH_DELAY_MS, normalise: (t) => t.trim() });
  return (
    <div className="timeline-search">
      <label htmlFor={id}>Search titles and summaries</label>
      <input
        id={id}
        type="search"
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        aria-describedby={hintId}
        {...draftInputProps(text)}
      />
      <span id={hintId} className="timeline-hint">
        Ignores case and accents: “video” finds “vidéo”.
      </span>
    </div>
  );
}
