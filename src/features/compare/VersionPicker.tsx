import { useId } from 'react';
import { statusOn } from '../../data/lifecycle';
import type { System, Version } from '../../data/schema';
import { formatDated } from '../../ui/format';

/** "18 Jun 2025", "announced 4 Oct 2024" or "retired 24 Sep 2026", as of the day. */
function versionHint(v: Version, asOf: string | null): string {
  const { announced, released, retired } = v.lifecycle;
  const status = statusOn(v, asOf);
  if (status === 'retired' && retired) return `retired ${formatDated(retired)}`;
  if (status === 'announced' || !released) return `announced ${formatDated(announced)}`;
  return formatDated(released);
}

/** The versions of one selected system that were out by the as-of day; checked ones are drawn. */
export function VersionPicker({
  system,
  available,
  chosen,
  asOf,
  onChange,
}: {
  system: System;
  available: readonly Version[];
  chosen: readonly Version[];
  asOf: string | null;
  onChange: (versionIds: string[]) => void;
}) {
  const chosenIds = new Set(chosen.map((v) => v.id));
  const hintId = useId();
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
                aria-describedby={`${hintId}-${v.id}`}
                checked={on}
                disabled={last}
                title={last ? 'At least one version stays selected' : undefined}
                onChange={(e) =>
                  onChange(e.target.checked ? [...chosenIds, v.id] : [...chosenIds].filter((id) => id !== v.id))
                }
              />
              {v.name}
              {/* The hint describes the checkbox rather than naming it: the name stays the version's. */}
              <span className="check__hint" id={`${hintId}-${v.id}`} aria-hidden="true">
                {versionHint(v, asOf)}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
