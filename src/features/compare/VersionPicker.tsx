import type { System, Version } from '../../data/schema';
import { formatDated } from '../../ui/format';

/** The versions of one selected system that were out by the as-of day; checked ones are drawn. */
export function VersionPicker({
  system,
  available,
  chosen,
  onChange,
}: {
  system: System;
  available: readonly Version[];
  chosen: readonly Version[];
  onChange: (versionIds: string[]) => void;
}) {
  const chosenIds = new Set(chosen.map((v) => v.id));
  return (
    <fieldset className="picker picker--versions">
      <legend>{system.name} versions</legend>
      {!available.length && <p className="muted">None out yet.</p>}
      <div className="picker__options">
        {available.map((v) => {
          const on = chosenIds.has(v.id);
          const last = on && chosenIds.size === 1;
          return (
            <label key={v.id} className="check">
              <input
                type="checkbox"
                checked={on}
                disabled={last}
                title={last ? 'At least one version stays selected' : undefined}
                onChange={(e) =>
                  onChange(e.target.checked ? [...chosenIds, v.id] : [...chosenIds].filter((id) => id !== v.id))
                }
              />
              {v.name}
              <span className="check__hint">
                {v.released ? formatDated(v.released) : `announced ${formatDated(v.announced)}`}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
