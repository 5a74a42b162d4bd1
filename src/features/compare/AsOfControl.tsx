import { useId, useState } from 'react';
import { FIRST_YEAR, LAST_YEAR, plausibleDay } from '../../data/dates';
import { formatDate } from '../../ui/format';

/**
 * "As of" a day: the landscape as it stood then. Empty means the dataset's date. Typing keeps a draft of its own:
 * a day reaches the URL only once it is complete and plausible, so "2", "20", "202" never become `?asOf=0002-…`.
 */
export function AsOfControl({ asOf, onChange }: { asOf: string | undefined; onChange: (asOf: string | null) => void }) {
  const id = useId();
  const hintId = useId();
  const [draft, setDraft] = useState(asOf ?? '');
  const [shown, setShown] = useState(asOf);
  // The URL changed from elsewhere (a link, back, "Show today"): the field follows it.
  if (asOf !== shown) {
    setShown(asOf);
    setDraft(asOf ?? '');
  }
  const pending = draft !== '' && draft !== asOf;
  const invalid = pending && plausibleDay(draft) === null;
  return (
    <div className="as-of">
      <label htmlFor={id}>As of</label>
      <input
        id={id}
        type="date"
        className="input"
        min={`${FIRST_YEAR}-01-01`}
        max={`${LAST_YEAR}-12-31`}
        value={draft}
        aria-describedby={hintId}
        aria-invalid={invalid || undefined}
        onChange={(e) => {
          const value = e.target.value;
          setDraft(value);
          if (value === '') onChange(null);
          else if (plausibleDay(value)) onChange(value);
        }}
      />
      {asOf && (
        <button type="button" className="button" onClick={() => onChange(null)}>
          Show today
        </button>
      )}
      <p id={hintId} className="as-of__hint muted" aria-live="polite">
        {invalid
          ? `Enter a whole day between ${FIRST_YEAR} and ${LAST_YEAR}; the view stays as it is until then.`
          : asOf
            ? `Versions out by ${formatDate(asOf)}, with the values in force that day.`
            : 'Pick a day to see the versions out by then, with the values in force that day.'}
      </p>
    </div>
  );
}
