/**
 * What the schema cannot see, checked before serving: ids unique within each file (paging and the client's
 * caches rely on them) and every id an event refers to present (facet counts are keyed by the known ids).
 * Only events are inspected field by field; systems and their versions pass through as the schema allows.
 */
import type { Dataset } from '../data/schema';

type Keyed = { id: string };

function firstDuplicate(file: string, records: readonly Keyed[]): string | null {
  const seen = new Set<string>();
  for (const [i, r] of records.entries()) {
    if (seen.has(r.id)) return `${file} record ${i} (id "${r.id}") repeats an id used before it`;
    seen.add(r.id);
  }
  return null;
}

export function checkReferences(ds: Dataset): string | null {
  for (const [file, records] of [
    ['companies.json', ds.companies],
    ['systems.json', ds.systems],
    ['events.json', ds.events],
    ['sources.json', ds.sources],
  ] as const) {
    const problem = firstDuplicate(file, records);
    if (problem) return problem;
  }
  const known = {
    company: new Set(ds.companies.map((c) => c.id)),
    system: new Set(ds.systems.map((s) => s.id)),
    source: new Set(ds.sources.map((s) => s.id)),
  };
  for (const [i, e] of ds.events.entries()) {
    const refs = [
      ['company', e.companyIds],
      ['system', e.systemIds],
      ['source', e.sourceIds],
    ] as const;
    for (const [kind, ids] of refs) {
      const missing = ids.find((id) => !known[kind].has(id));
      if (missing !== undefined)
        return `events.json record ${i} (id "${e.id}") names ${kind} "${missing}", which is not in the dataset`;
    }
  }
  return null;
}
