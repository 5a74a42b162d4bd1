import { useId } from 'react';
import { MAX_QUERY_LENGTH } from './timelineSearch';
import { draftInputProps, useDraft } from './useDraft';

/**
 * The pause after which typed text reaches the URL (and the list): one frame, which gathers the keys that land
 * in it. The index answers in milliseconds (in a worker for large datasets), so a longer wait only delays the
 * list (60 ms before: a third of the keystroke-to-list time). The counts and charts wait longer.
 */
export const SEARCH_DELAY_MS = 16;

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
