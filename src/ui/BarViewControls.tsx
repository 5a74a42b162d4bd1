import { useId } from 'react';
import type { BarSort, BarView } from './charts/barView';

const SORTS: { value: BarSort; label: string }[] = [
  { value: 'data', label: 'Dataset order' },
  { value: 'value', label: 'Largest first' },
  { value: 'name', label: 'Name' },
];

/** How the bar charts read: sorted by value or name, and a log axis for those whose values span decades. */
export function BarViewControls({
  view,
  onChange,
  logHint,
}: {
  view: BarView;
  onChange: (view: BarView) => void;
  /** Which charts the log scale applies to: "clip length, price and cost". */
  logHint: string;
}) {
  const id = useId();
  const log = view.scale === 'log';
  return (
    <div className="bar-view" role="group" aria-label="Bar charts">
      <label htmlFor={`${id}-sort`}>Sort bars</label>
      <select
        id={`${id}-sort`}
        className="input"
        value={view.sort}
        onChange={(e) => onChange({ ...view, sort: e.target.value as BarSort })}
      >
        {SORTS.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--small"
        aria-pressed={log}
        aria-describedby={`${id}-log`}
        onClick={() => onChange({ ...view, scale: log ? 'linear' : 'log' })}
      >
        Log scale
      </button>
      <span id={`${id}-log`} className="muted bar-view__hint">
        {logHint}
      </span>
    </div>
  );
}
