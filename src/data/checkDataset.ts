/**
 * The dataset's rules beyond its shape: every reference resolves, no weak source stands alone, lifecycles and
 * histories run forward in time, tiers have their parent. The dataset test and the mock API (when it loads a
 * dataset) both refuse data that breaks one, with a message naming the record and the field.
 */
import { surelyBefore } from './dates';
import { histories } from './history';
import { WEAK_SOURCE_KINDS, type Dataset, type Dated, type Source, type Version } from './schema';

export interface DatasetProblem {
  /** Where: "systems/veo/versions/veo-3", "events/2025-06-11-disney-sues-midjourney". */
  record: string;
  /** Which field: "specs.pricePerSecond[1].from", "sourceIds". */
  field: string;
  message: string;
}

const show = (d: { date: string }) => d.date;

export function checkDataset(ds: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const add = (record: string, field: string, message: string) => problems.push({ record, field, message });
  const sources = new Map<string, Source>(ds.sources.map((s) => [s.id, s]));
  const companies = new Set(ds.companies.map((c) => c.id));
  const systems = new Set(ds.systems.map((s) => s.id));
  const versions = new Map<string, { version: Version; systemId: string }>();

  const unique = (kind: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) add(`${kind}/${id}`, 'id', `the id "${id}" is used twice`);
      seen.add(id);
    }
  };
  const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);
  const lists = { sources: ds.sources, companies: ds.companies, systems: ds.systems, events: ds.events };
  for (const [kind, records] of Object.entries(lists)) unique(kind, ids(records));
  unique('versions', ids(ds.systems.flatMap((s) => s.versions)));
  for (const s of ds.systems) for (const v of s.versions) versions.set(v.id, { version: v, systemId: s.id });

  /** Every source id resolves, and at least one of them is not a weak kind. */
  const cite = (record: string, field: string, ids: readonly string[]) => {
    const found = ids.map((id) => {
      const source = sources.get(id);
      if (!source) add(record, field, `source "${id}" does not exist`);
      return source;
    });
    const known = found.filter((s): s is Source => !!s);
    if (known.length && known.every((s) => WEAK_SOURCE_KINDS.has(s.kind)))
      add(record, field, `rests only on weak sources (${known.map((s) => `${s.id}: ${s.kind}`).join(', ')})`);
  };
  const notAfterDataset = (record: string, field: string, d: Dated | null) => {
    if (d && surelyBefore({ date: ds.meta.updatedAt }, d))
      add(record, field, `${show(d)} is after the dataset's date ${ds.meta.updatedAt}`);
  };

  for (const c of ds.companies) cite(`companies/${c.id}`, 'sourceIds', c.sourceIds);
  for (const s of ds.systems) {
    const at = `systems/${s.id}`;
    if (!companies.has(s.companyId)) add(at, 'companyId', `company "${s.companyId}" does not exist`);
    cite(at, 'sourceIds', s.sourceIds);
    for (const v of s.versions) checkVersion(`${at}/versions/${v.id}`, v, s.id);
  }
  for (const e of ds.events) {
    const at = `events/${e.id}`;
    cite(at, 'sourceIds', e.sourceIds);
    notAfterDataset(at, 'date', e);
    e.companyIds.forEach((id, i) => companies.has(id) || add(at, `companyIds[${i}]`, `company "${id}" does not exist`));
    e.systemIds.forEach((id, i) => systems.has(id) || add(at, `systemIds[${i}]`, `system "${id}" does not exist`));
    e.versionIds.forEach((id, i) => versions.has(id) || add(at, `versionIds[${i}]`, `version "${id}" does not exist`));
  }
  return problems;

  function checkVersion(at: string, v: Version, systemId: string) {
    cite(at, 'sourceIds', v.sourceIds);
    const { announced, released, retired } = v.lifecycle;
    if (announced) cite(at, 'lifecycle.announced.sourceIds', announced.sourceIds);
    if (released) cite(at, 'lifecycle.released.sourceIds', released.sourceIds);
    if (retired) cite(at, 'lifecycle.retired.sourceIds', retired.sourceIds);
    for (const [name, d] of [
      ['announced', announced],
      ['released', released],
      ['retired', retired],
    ] as const)
      notAfterDataset(at, `lifecycle.${name}.date`, d);
    if (announced && released && surelyBefore(released, announced))
      add(at, 'lifecycle.released.date', `released ${show(released)} before it was announced ${show(announced)}`);
    const start = released ?? announced;
    if (retired && !start) add(at, 'lifecycle.retired', 'retired, but never announced or released');
    if (retired && start && surelyBefore(retired, start))
      add(at, 'lifecycle.retired.date', `retired ${show(retired)} before it was released ${show(start)}`);
    if (retired?.replacedBy && !versions.has(retired.replacedBy))
      add(at, 'lifecycle.retired.replacedBy', `version "${retired.replacedBy}" does not exist`);

    if (v.variantOf !== undefined) {
      const parent = versions.get(v.variantOf);
      if (!parent || parent.systemId !== systemId)
        add(at, 'variantOf', `tier of "${v.variantOf}", which is not a version of the same system`);
      else if (parent.version.variantOf) add(at, 'variantOf', `tier of "${v.variantOf}", itself a tier`);
      if (!v.tier) add(at, 'tier', 'a tier needs its name (Fast, Pro, Lite …)');
    } else if (v.tier) add(at, 'variantOf', `names tier "${v.tier}" but not the version it is a tier of`);

    const first = announced ?? released;
    for (const { key, history } of histories(v)) {
      const last = new Map<string, { date: string } | null>();
      history.forEach((entry, i) => {
        const field = `specs.${key}[${i}]`;
        cite(at, `${field}.sourceIds`, entry.sourceIds);
        notAfterDataset(at, `${field}.from`, entry.from);
        if (entry.from && first && surelyBefore(entry.from, first))
          add(at, `${field}.from`, `changed ${show(entry.from)}, before the version was announced ${show(first)}`);
        // Prices hold per output height; every other spec is one series.
        const series = 'resolution' in entry ? String(entry.resolution) : '';
        if (last.has(series)) {
          const prev = last.get(series) ?? null;
          if (!entry.from) add(at, `${field}.from`, 'only the first value of a history may have no date');
          else if (prev && (prev.date === entry.from.date || surelyBefore(entry.from, prev)))
            add(
              at,
              `${field}.from`,
              `${show(entry.from)} overlaps or comes before the value before it (${show(prev)})`,
            );
        }
        last.set(series, entry.from);
      });
    }
  }
}

/** One line per problem: "systems/veo/versions/veo-3 · specs.pricePerSecond[1].from: …". */
export function describeProblems(problems: readonly DatasetProblem[], max = 10): string {
  const lines = problems.slice(0, max).map((p) => `${p.record} · ${p.field}: ${p.message}`);
  if (problems.length > max) lines.push(`… and ${problems.length - max} more`);
  return lines.join('\n');
}
