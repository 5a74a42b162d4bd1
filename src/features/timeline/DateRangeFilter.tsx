import { endDay, startDay } from '../../data/dates';
import { DateInput } from './DateInput';
import { activePreset, PRESETS, presetRange, type DateRange } from './presets';

/** From/to days plus presets. "Today" is read when a preset is shown or chosen (tests fix the clock). */
export function DateRangeFilter({ range, onChange }: { range: DateRange; onChange: (next: DateRange) => void }) {
  const today = new Date();
  const active = activePreset(range, today);
  const from = range.from ? startDay(range.from) : '';
  const to = range.to ? endDay(range.to) : '';
  return (
    <fieldset className="facet date-range">
      <legend>Date range</legend>
      <div className="date-range__inputs">
        <DateInput label="From" value={from} max={to || undefined} onCommit={(d) => onChange({ ...range, from: d })} />
        <DateInput label="To" value={to} min={from || undefined} onCommit={(d) => onChange({ ...range, to: d })} />
      </div>
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
