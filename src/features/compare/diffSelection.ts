/** Which two versions the diff compares: the pair in the URL, else the two newest of one selected system. */
import { specsOn, type SpecsOn } from '../../data/history';
import { isOutBy, statusOn } from '../../data/lifecycle';
import type { Status, System, Version } from '../../data/schema';
import { versionLabel } from '../../ui/charts/entries';
import type { CompareSearch } from './compareSearch';
import { findVersion, type ResolvedSelection } from './selection';

export interface DiffSide {
  system: System;
  version: Version;
  label: string;
  /** As they stood on the as-of day. */
  specs: SpecsOn;
  status: Status | null;
}

export interface DiffChoice {
  pair: [DiffSide, DiffSide] | null;
  /** Every version out by the as-of day, grouped by system, for the pickers. */
  options: { system: System; versions: Version[] }[];
  /** Ids in the link's diff that match no version, and versions not yet out by the as-of day (labels). */
  dropped: { unknown: string[]; later: string[] };
}

export function chooseDiff(all: readonly System[], selection: ResolvedSelection, search: CompareSearch): DiffChoice {
  const asOf = search.asOf ?? null;
  const side = (system: System, version: Version): DiffSide => ({
    system,
    version,
    label: versionLabel(system, version),
    specs: specsOn(version, asOf),
    status: statusOn(version, asOf),
  });
  const options = all
    .map((system) => ({ system, versions: system.versions.filter((v) => isOutBy(v, asOf)) }))
    .filter((o) => o.versions.length);
  const dropped: DiffChoice['dropped'] = { unknown: [], later: [] };
  if (search.diff) {
    const found = search.diff.map((id) => {
      const f = findVersion(all, id);
      if (!f) dropped.unknown.push(id);
      else if (!isOutBy(f.version, asOf)) dropped.later.push(versionLabel(f.system, f.version));
      return f && isOutBy(f.version, asOf) ? side(f.system, f.version) : null;
    });
    const [a, b] = found;
    if (a && b) return { pair: [a, b], options, dropped };
  }
  for (const { system, available, chosen } of selection.choices) {
    const modality = chosen.at(-1)?.modality;
    const same = available.filter((v) => v.modality === modality && !v.variantOf);
    const [a, b] = same.slice(-2);
    if (a && b) return { pair: [side(system, a), side(system, b)], options, dropped };
  }
  return { pair: null, options, dropped };
}
