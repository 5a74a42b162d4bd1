/** What changed between two versions, field by field ("Veo 2 → Veo 3": audio No → Yes, …). */
import type { Version } from '../../data/schema';
import { SPEC_FIELDS, formatSpec } from '../../data/specs';
import { formatDated } from '../../ui/format';
import { STATUS_LABEL } from '../../ui/StatusBadge';

export type DiffChange = 'changed' | 'newly disclosed' | 'no longer disclosed' | 'same';

export interface DiffRow {
  key: string;
  label: string;
  before: string;
  after: string;
  change: DiffChange;
}

type Comparable = string | number | boolean | null;

/** Null is "not disclosed" for specs; for the release date null means "not released". */
function changeOf(a: Comparable, b: Comparable, nullIsUnknown = true): DiffChange {
  if (a === b) return 'same';
  if (!nullIsUnknown) return 'changed';
  if (a === null) return 'newly disclosed';
  if (b === null) return 'no longer disclosed';
  return 'changed';
}

function row(
  key: string,
  label: string,
  a: Comparable,
  b: Comparable,
  before: string,
  after: string,
  nullIsUnknown = true,
): DiffRow {
  return { key, label, before, after, change: changeOf(a, b, nullIsUnknown) };
}

export function diffVersions(a: Version, b: Version): DiffRow[] {
  const released = (v: Version) => (v.released ? formatDated(v.released) : 'not released');
  return [
    row('modality', 'Modality', a.modality, b.modality, a.modality, b.modality),
    row('status', 'Status', a.status, b.status, STATUS_LABEL[a.status], STATUS_LABEL[b.status]),
    row(
      'announced',
      'Announced',
      a.announced?.date ?? null,
      b.announced?.date ?? null,
      formatDated(a.announced),
      formatDated(b.announced),
    ),
    row('released', 'Released', a.released?.date ?? null, b.released?.date ?? null, released(a), released(b), false),
    ...SPEC_FIELDS.map(({ key, label }) =>
      row(
        key,
        label,
        a.specs[key]?.value ?? null,
        b.specs[key]?.value ?? null,
        formatSpec(a.specs, key),
        formatSpec(b.specs, key),
      ),
    ),
  ];
}

export function changedRows(rows: readonly DiffRow[]): DiffRow[] {
  return rows.filter((r) => r.change !== 'same');
}
