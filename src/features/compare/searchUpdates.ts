/** Pure changes to the /compare URL state, one per control; defaults are left out of the URL. */
import type { System } from '../../data/schema';
import type { BarView } from '../../ui/charts/barView';
import type { CompareSearch } from './compareSearch';
import { DEFAULT_SCENARIO, type CostScenario } from './costScenario';

function withList(search: CompareSearch, key: 'systems' | 'versions', list: string[] | undefined): CompareSearch {
  const next = { ...search };
  if (list?.length) next[key] = list;
  else delete next[key];
  return next;
}

/** Adds or removes a system; the versions chosen for a removed system leave the URL too. */
export function toggleSystem(
  search: CompareSearch,
  all: readonly System[],
  selected: readonly string[],
  system: System,
  on: boolean,
): CompareSearch {
  const set = new Set(selected);
  if (on) set.add(system.id);
  else set.delete(system.id);
  const ordered = all.map((s) => s.id).filter((id) => set.has(id));
  const next = withList(search, 'systems', ordered.length === all.length ? undefined : ordered);
  if (on) return next;
  const own = new Set(system.versions.map((v) => v.id));
  return withList(
    next,
    'versions',
    search.versions?.filter((id) => !own.has(id)),
  );
}

/** Replaces the versions chosen for one system (an empty list means its default again). */
export function chooseVersions(search: CompareSearch, system: System, versionIds: readonly string[]): CompareSearch {
  const own = new Set(system.versions.map((v) => v.id));
  const others = (search.versions ?? []).filter((id) => !own.has(id));
  const ordered = system.versions.map((v) => v.id).filter((id) => versionIds.includes(id));
  return withList(search, 'versions', [...others, ...ordered]);
}

export function setAsOf(search: CompareSearch, asOf: string | null): CompareSearch {
  const next = { ...search };
  if (asOf) next.asOf = asOf;
  else delete next.asOf;
  return next;
}

export function setShowUnchanged(search: CompareSearch, show: boolean): CompareSearch {
  const next = { ...search };
  if (show) next.unchanged = 'show';
  else delete next.unchanged;
  return next;
}

export function setDiff(search: CompareSearch, pair: [string, string] | null): CompareSearch {
  const next = { ...search };
  if (pair) next.diff = pair;
  else delete next.diff;
  return next;
}

/** The URL state without the ids that match nothing in the dataset (`search` holds only readable values). */
export function withoutUnknown(
  search: CompareSearch,
  unknown: { systems: readonly string[]; versions: readonly string[] },
): CompareSearch {
  const next = withList(
    search,
    'systems',
    search.systems?.filter((id) => !unknown.systems.includes(id)),
  );
  return withList(
    next,
    'versions',
    search.versions?.filter((id) => !unknown.versions.includes(id)),
  );
}

/** Sets the cost scenario; values equal to the defaults leave the URL. */
export function setScenario(search: CompareSearch, s: CostScenario): CompareSearch {
  const next = { ...search };
  const put = (key: 'clip' | 'res' | 'audio', value: string, fallback: string) => {
    if (value === fallback) delete next[key];
    else next[key] = value;
  };
  put('clip', String(s.seconds), String(DEFAULT_SCENARIO.seconds));
  put('res', String(s.resolution), String(DEFAULT_SCENARIO.resolution));
  put('audio', s.audio ? 'on' : 'off', DEFAULT_SCENARIO.audio ? 'on' : 'off');
  return next;
}

/** The bar charts' sort and axis as the URL holds them, and back; the defaults leave the URL. */
export function barViewOf(query: CompareSearch): BarView {
  return {
    scale: query.scale === 'log' ? 'log' : 'linear',
    sort: query.sort === 'value' || query.sort === 'name' ? query.sort : 'data',
  };
}

export function setBarView(search: CompareSearch, view: BarView): CompareSearch {
  const next = { ...search };
  if (view.scale === 'log') next.scale = 'log';
  else delete next.scale;
  if (view.sort === 'data') delete next.sort;
  else next.sort = view.sort;
  return next;
}
