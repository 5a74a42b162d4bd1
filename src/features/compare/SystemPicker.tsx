import type { System } from '../../data/schema';

/** One checkbox per system; the last one selected cannot be cleared (an empty comparison shows nothing). */
export function SystemPicker({
  systems,
  selected,
  onToggle,
}: {
  systems: readonly System[];
  selected: ReadonlySet<string>;
  onToggle: (system: System, on: boolean) => void;
}) {
  return (
    <fieldset className="picker">
      <legend>Systems</legend>
      <div className="picker__options">
        {systems.map((s) => {
          const on = selected.has(s.id);
          const last = on && selected.size === 1;
          return (
            <label key={s.id} className="check">
              <input
                type="checkbox"
                checked={on}
                disabled={last}
                title={last ? 'At least one system stays selected' : undefined}
                onChange={(e) => onToggle(s, e.target.checked)}
              />
              {s.name}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
