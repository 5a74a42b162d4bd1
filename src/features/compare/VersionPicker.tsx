import { statusOn } from '../../data/lifecycle';
import type { System, Version } from '../../data/schema';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
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
  if (!available.length)
    return (
      <fieldset className="picker picker--versions">
        <legend>{system.name} versions</legend>
        <p className="muted">None out yet.</p>
      </fieldset>
    );
  return (
    <CheckboxGroup
      legend={`${system.name} versions`}
      className="picker--versions"
      options={available.map((v) => ({ value: v.id, label: v.name, hint: versionHint(v, asOf) }))}
      selected={chosen.map((v) => v.id)}
      keepOne="At least one version stays selected"
      onChange={onChange}
    />
  );
}
