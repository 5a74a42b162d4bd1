import type { Dropped } from './timelineSearch';

const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/**
 * Says which values of a link were not understood (and so ignored), and offers to remove them. Each value is
 * isolated (<bdi>), so right-to-left or control characters in it cannot reorder the sentence around it.
 */
export function IgnoredNotice({ dropped, onRemove }: { dropped: readonly Dropped[]; onRemove: () => void }) {
  if (!dropped.length) return null;
  return (
    <div className="timeline-notice" role="status">
      <p>
        {dropped.length === 1 ? 'This value in the link was' : 'These values in the link were'} not recognised and{' '}
        {dropped.length === 1 ? 'is' : 'are'} ignored; the rest of the view is kept:{' '}
        {dropped.map((d, i) => (
          <span key={i}>
            {i > 0 && ', '}
            <code>
              {d.param}=<bdi>{shown(d.value)}</bdi>
            </code>
          </span>
        ))}
        .
      </p>
      <button type="button" className="button" onClick={onRemove}>
        Remove from the link
      </button>
    </div>
  );
}
