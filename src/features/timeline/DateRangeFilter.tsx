import { useId } from 'react';
import { endDay, startDay } from '../../data/dates';
import { formatDate } from '../../ui/format';
import { DateInput } from './DateInput';
import { activePreset, PRESETS, presetRange, type DateRange } from './presets';

/**
 * From/to days plus presets. "Today" is read when a preset is shown or chosen (tests fix the clock). A From
 * after To is said by the fields (and not applied) rather than swapped behind the reader's back.
 */
export function DateRangeFilter({
  range: applied,
  backwards,
  onChange,
}: {
  range: DateRange;
  /** The range as given when From is after To. */
  backwards?: { from: string; to: string } | undefined;
  onChange: (next: DateRange) => void;
}) {
  const errorId = useId();
  const range: DateRange = backwards ?? applied;
  const today = new Date();
  const active = activePreset(range, today);
  const from = range.from ? startDay(range.from) : '';
  const to = range.to ? endDay(range.to) : '';
  return (
    <fieldset className="facet date-range">
      <legend>Date range</legend>
      <div className="date-range__inputs">
        <DateInput
          label="From"
          value={from}
          error={backwards && errorId}
          onCommit={(d) => onChange({ ...range, from: d })}
        />
        <DateInput label="To" value={to} error={backwards && errorId} onCommit={(d) => onChange({ ...range, to: d })} />
      </div>
      {backwards && (
        <p id={errorId} className="field-error" role="alert">
          From ({formatDate(from)}) is after To ({formatDate(to)}). Change one of them; until then no date range is
          applied.
        </p>
      )}
      <div className="date-range__presets" role="group" aria-label="Date range presets">
        {PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            className="chip"
            aria-pressed={active === p.id}
            onClick={() => onChange(presetRange(p.id, new Date()))}
          >
            {p.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
