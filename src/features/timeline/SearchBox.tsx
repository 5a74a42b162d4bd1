import { useId } from 'react';
import { MAX_QUERY_LENGTH } from './timelineSearch';
import { draftInputProps, type Draft } from './useDraft';

/**
 * Free text over titles and summaries. What is typed is the page's (useTimelineView): the list follows it at
 * once, the URL once it rests.
 */
export function SearchBox({ draft }: { draft: Draft }) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="timeline-search">
      <label htmlFor={id}>Search titles and summaries</label>
      <input
        id={id}
        type="search"
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        aria-describedby={hintId}
        {...draftInputProps(draft)}
      />
      <span id={hintId} className="timeline-hint">
        Ignores case and accents: “video” finds “vidéo”.
      </span>
    </div>
  );
}
