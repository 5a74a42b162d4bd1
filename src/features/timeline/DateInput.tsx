import { useId } from 'react';
import { draftInputProps, useDraft } from './useDraft';

/**
 * A day picker whose value is committed after a pause or when focus leaves, so typing a year digit by digit
 * does not send "0002-…" to the URL and the API.
 */
export function DateInput({
  label,
  value,
  error,
  onCommit,
}: {
  label: string;
  /** `YYYY-MM-DD` or ''. */
  value: string;
  /** The id of a message saying what is wrong with the value, if anything. */
  error?: string | undefined;
  onCommit: (day: string | null) => void;
}) {
  const id = useId();
  const day = useDraft(value, (text) => onCommit(text || null), { delayMs: 600 });
  return (
    <div className="date-input">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        aria-invalid={error ? true : undefined}
        aria-describedby={error}
        {...draftInputProps(day)}
      />
    </div>
  );
}
