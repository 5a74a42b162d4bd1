import { useId } from 'react';
import { draftInputProps, useDraft } from './useDraft';

/**
 * A day picker whose value is committed after a pause or when focus leaves, so typing a year digit by digit
 * does not send "0002-…" to the URL and the API.
 */
export function DateInput({
  label,
  value,
  min,
  max,
  onCommit,
}: {
  label: string;
  /** `YYYY-MM-DD` or ''. */
  value: string;
  min?: string;
  max?: string;
  onCommit: (day: string | null) => void;
}) {
  const id = useId();
  const day = useDraft(value, (text) => onCommit(text || null), { delayMs: 600 });
  return (
    <div className="date-input">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" min={min} max={max} {...draftInputProps(day)} />
    </div>
  );
}
