/**
 * Figures about the real dataset: counts, how much rests on the companies' own pages, how many sources show a
 * date, and every version's lifecycle. Usage: npm run data:stats [-- --json]
 */
import { histories } from '../src/data/history';
import { statusOn } from '../src/data/lifecycle';
import type { Dataset, Source } from '../src/data/schema';
import { realDataset } from '../src/mocks/dataset';

export function datasetStats(ds: Dataset) {
  const kind = new Map<string, Source['kind']>(ds.sources.map((s) => [s.id, s.kind]));
  const firstParty = (ids: readonly string[]) => ids.some((id) => kind.get(id) === 'first-party');
  const values = ds.systems.flatMap((s) => s.versions.flatMap((v) => histories(v).flatMap((h) => h.history)));
  const milestones = ds.systems.flatMap((s) =>
    s.versions.flatMap((v) => [v.lifecycle.announced, v.lifecycle.released, v.lifecycle.retired].filter((m) => !!m)),
  );
  const byKind: Record<string, number> = {};
  for (const s of ds.sources) byKind[s.kind] = (byKind[s.kind] ?? 0) + 1;
  const share = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 10 : 0);
  return {
    systems: ds.systems.length,
    versions: ds.systems.reduce((n, s) => n + s.versions.length, 0),
    specValues: values.length,
    lifecycleDates: milestones.length,
    events: ds.events.length,
    sources: ds.sources.length,
    sourcesByKind: byKind,
    firstPartyValuesPct: share(values.filter((v) => firstParty(v.sourceIds)).length, values.length),
    firstPartyLifecyclePct: share(milestones.filter((m) => firstParty(m.sourceIds)).length, milestones.length),
    firstPartyEventsPct: share(ds.events.filter((e) => firstParty(e.sourceIds)).length, ds.events.length),
    datedSourcesPct: share(ds.sources.filter((s) => s.published !== null).length, ds.sources.length),
    versionsLifecycle: ds.systems.flatMap((s) =>
      s.versions.map((v) => {
        const { announced, released, retired } = v.lifecycle;
        return {
          version: `${s.name} / ${v.name}`,
          status: statusOn(v, null),
          announced: announced?.date ?? null,
          released: released ? `${released.date} (${released.access})` : null,
          retired: retired ? `${retired.date}${retired.replacedBy ? ` → ${retired.replacedBy}` : ''}` : null,
        };
      }),
    ),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const stats = datasetStats(realDataset());
  if (process.argv.includes('--json')) console.log(JSON.stringify(stats, null, 2));
  else {
    const { versionsLifecycle, sourcesByKind, ...figures } = stats;
    console.table(figures);
    console.table(sourcesByKind);
    console.table(versionsLifecycle);
  }
}
