import { useId } from 'react';
import { formatDate } from '../../ui/format';

/** "As of" a day: the landscape as it stood then. Empty means today. */
export function AsOfControl({ asOf, onChange }: { asOf: string | undefined; onChange: (asOf: string | null) => void }) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="as-of">
      <label htmlFor={id}>As of</label>
      <input
        id={id}
        type="date"
        className="input"
        value={asOf ?? ''}
        aria-describedby={hintId}
        onChange={(e) => onChange(e.target.value || null)}
      />
      {asOf && (
        <button type="button" className="button" onClick={() => onChange(null)}>
          Show today
        </button>
      )}
      <p id={hintId} className="as-of__hint muted">
        {asOf
          ? `Only versions released (or, if never released, announced) by ${formatDate(asOf)}.`
          : 'Pick a day to see only the versions out by then.'}
      </p>
    </div>
  );
}
