/**
 * Every dated change in the dataset, newest first: each version's announcement, release and retirement, and
 * each value that came into force on a known day ("Veo 3 · API price at 720p: $0.75/s → $0.40/s").
 */
import { seriesOf } from '../../data/history';
import type { Dated, SpecValue, System } from '../../data/schema';
import { versionLabel } from '../../ui/charts/entries';
import { SPEC_FIELDS, formatValue } from '../../ui/specs';

export interface Change {
  key: string;
  date: Dated;
  systemId: string;
  versionId: string;
  /** "Veo 3", "Sora 2 Pro". */
  version: string;
  /** "Released", "API price per second". */
  what: string;
  /** Value before the change, when there was one ("$0.75/s at 720p"); null for a first value or a milestone. */
  before: string | null;
  /** The value from that day, or what a milestone adds ("limited access", "replaced by Veo 3.1"); may be null. */
  after: string | null;
  sourceIds: readonly string[];
  note: string | null;
}

const ACCESS = { research: 'research partners', waitlist: 'a waitlist', limited: 'limited access', public: 'public' };

const dated = (d: { date: string; precision: Dated['precision'] }): Dated => ({ date: d.date, precision: d.precision });

export function buildChangeLog(systems: readonly System[]): Change[] {
  const out: Change[] = [];
  for (const system of systems) {
    for (const v of system.versions) {
      const version = versionLabel(system, v);
      const base = { systemId: system.id, versionId: v.id, version };
      const { announced, released, retired } = v.lifecycle;
      const milestone = (what: string, d: NonNullable<typeof announced>, after: string | null) =>
        out.push({
          ...base,
          key: `${v.id}:${what}`,
          date: dated(d),
          what,
          before: null,
          after,
          sourceIds: d.sourceIds,
          note: d.note ?? null,
        });
      if (announced) milestone('Announced', announced, null);
      if (released) milestone('Released', released, ACCESS[released.access]);
      if (retired) {
        const next = retired.replacedBy && system.versions.find((x) => x.id === retired.replacedBy);
        milestone('Retired', retired, next ? `replaced by ${versionLabel(system, next)}` : null);
      }
      for (const { key, label } of SPEC_FIELDS) {
        for (const list of seriesOf<SpecValue>(v.specs[key])) {
          list.forEach((value, i) => {
            if (!value.from) return;
            const prev = list[i - 1];
            out.push({
              ...base,
              key: `${v.id}:${key}:${value.from.date}:${i}:${'resolution' in value ? value.resolution : ''}`,
              date: dated(value.from),
              what: label,
              before: prev ? formatValue(prev) : null,
              after: formatValue(value),
              sourceIds: value.sourceIds,
              note: value.note ?? null,
            });
          });
        }
      }
    }
  }
  return out.sort((a, b) => b.date.date.localeCompare(a.date.date) || a.key.localeCompare(b.key));
}
