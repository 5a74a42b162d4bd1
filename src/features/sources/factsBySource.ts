/** Which facts rest on each source: companies, systems, versions, each spec, and events. */
import type { Company, Event, System } from '../../data/schema';
import { SPEC_FIELDS } from '../../ui/specs';
import { formatDated } from '../../ui/format';
import { versionLabel } from '../../ui/charts/entries';

export interface FactRef {
  /** "Veo 3: Max resolution", "Event: Google unveils Veo at I/O". */
  text: string;
  /** The system page the fact appears on, if any. */
  systemId: string | null;
}

export function factsBySource(data: {
  companies: readonly Company[];
  systems: readonly System[];
  events: readonly Event[];
}): Map<string, FactRef[]> {
  const out = new Map<string, FactRef[]>();
  const add = (ids: readonly string[], fact: FactRef) => {
    for (const id of new Set(ids)) out.set(id, [...(out.get(id) ?? []), fact]);
  };
  for (const c of data.companies) add(c.sourceIds, { text: `Company: ${c.name}`, systemId: null });
  for (const s of data.systems) {
    add(s.sourceIds, { text: `${s.name}: summary`, systemId: s.id });
    for (const v of s.versions) {
      const name = versionLabel(s, v);
      add(v.sourceIds, { text: `${name}: summary`, systemId: s.id });
      const { announced, released, retired } = v.lifecycle;
      if (announced) add(announced.sourceIds, { text: `${name}: announced ${formatDated(announced)}`, systemId: s.id });
      if (released) add(released.sourceIds, { text: `${name}: released ${formatDated(released)}`, systemId: s.id });
      if (retired) add(retired.sourceIds, { text: `${name}: retired ${formatDated(retired)}`, systemId: s.id });
      for (const { key, label } of SPEC_FIELDS) {
        for (const value of v.specs[key]) {
          const since = value.from ? ` (from ${formatDated(value.from)})` : '';
          add(value.sourceIds, { text: `${name}: ${label}${since}`, systemId: s.id });
        }
      }
    }
  }
  for (const e of data.events) add(e.sourceIds, { text: `Event: ${e.title}`, systemId: e.systemIds[0] ?? null });
  return out;
}
