import { formatNumber } from '../../ui/format';
import { ErrorState } from '../../ui/QueryStates';
import type { Panel } from './panel';

/** The result count and the one "Clear filters", kept in view while the list scrolls. */
export function ResultBar({
  count,
  updating,
  canClear,
  onClear,
}: {
  count: Panel<{ total: number; of: number | undefined }>;
  /** Some panel still shows the previous filter's answer. */
  updating: boolean;
  canClear: boolean;
  onClear: () => void;
}) {
  return (
    <div className="result-bar">
      {count.error ? (
        <ErrorState title="Could not count events." error={count.error} onRetry={count.retry} />
      ) : (
        <p className="result-bar__count" role="status" aria-live="polite">
          {count.data === undefined ? (
            'Counting events…'
          ) : (
            <>
              <strong>{formatNumber(count.data.total)}</strong> {count.data.total === 1 ? 'event' : 'events'}
              {count.data.of !== undefined && canClear && (
                <span className="muted"> of {formatNumber(count.data.of)}</span>
              )}
            </>
          )}
          {updating && <span className="result-bar__updating"> · updating…</span>}
        </p>
      )}
      <button type="button" className="button" onClick={onClear} disabled={!canClear}>
        Clear filters
      </button>
    </div>
  );
}
