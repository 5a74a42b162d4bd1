/** The result count and the one "Clear filters", kept in view while the list scrolls. */
export function ResultBar({
  total,
  of,
  updating,
  canClear,
  onClear,
}: {
  total: number | undefined;
  of: number | undefined;
  updating: boolean;
  canClear: boolean;
  onClear: () => void;
}) {
  return (
    <div className="result-bar">
      <p className="result-bar__count" role="status" aria-live="polite">
        {total === undefined ? (
          'Counting events…'
        ) : (
          <>
            <strong>{total}</strong> {total === 1 ? 'event' : 'events'}
            {of !== undefined && canClear && <span className="muted"> of {of}</span>}
          </>
        )}
        {updating && <span className="result-bar__updating"> · updating…</span>}
      </p>
      <button type="button" className="button" onClick={onClear} disabled={!canClear}>
        Clear filters
      </button>
    </div>
  );
}
