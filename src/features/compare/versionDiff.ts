/** What changed between two versions, field by field ("Veo 2 → Veo 3": audio No → Yes, …). */
import { formatDated } from '../../ui/format';
import { SPEC_FIELDS, formatSpec } from '../../ui/specs';
import { statusLabel } from '../../ui/StatusBadge';
import type { DiffSide } from './diffSelection';

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

/** Both sides as they stood on the as-of day (a release after it reads "not released"). */
export function diffVersions(a: DiffSide, b: DiffSide): DiffRow[] {
  const released = (s: DiffSide) => {
    const r = s.version.lifecycle.released;
    return r && s.status !== 'announced' ? r : null;
  };
  const retired = (s: DiffSide) => (s.status === 'retired' ? s.version.lifecycle.retired : null);
  const dated = (d: { date: string; precision: 'day' | 'month' } | null, none: string) => (d ? formatDated(d) : none);
  const [ra, rb, xa, xb] = [released(a), released(b), retired(a), retired(b)];
  return [
    row('modality', 'Modality', a.version.modality, b.version.modality, a.version.modality, b.version.modality),
    row('status', 'Status', a.status, b.status, statusLabel(a.status), statusLabel(b.status)),
    row(
      'announced',
      'Announced',
      a.version.lifecycle.announced?.date ?? null,
      b.version.lifecycle.announced?.date ?? null,
      formatDated(a.version.lifecycle.announced),
      formatDated(b.version.lifecycle.announced),
    ),
    row(
      'released',
      'Released',
      ra?.date ?? null,
      rb?.date ?? null,
      dated(ra, 'not released'),
      dated(rb, 'not released'),
      false,
    ),
    row('retired', 'Retired', xa?.date ?? null, xb?.date ?? null, dated(xa, '—'), dated(xb, '—'), false),
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
