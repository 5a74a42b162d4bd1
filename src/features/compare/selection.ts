/**
 * Turns the URL state and the dataset into what /compare draws: the chosen versions, every version of the
 * chosen systems for the chronology, and the notices for what the link asked for but cannot be shown.
 */
import type { Company, System, Version } from '../../data/schema';
import { entriesOf, versionLabel, type ChartEntry } from '../../ui/charts/entries';
import { isUncertainOn } from '../../data/lifecycle';
import { formatDated } from '../../ui/format';
import { defaultVersion, versionsOutBy } from './asOf';
import type { CompareSearch } from './compareSearch';

export interface SelectionNotices {
  /** Ids in the link that match no system or version. */
  unknownSystems: string[];
  unknownVersions: string[];
  /** Versions in the link released after the as-of day (labels). */
  hiddenByAsOf: string[];
  /** Versions in the link whose system is not selected (labels). */
  ignoredVersions: string[];
  /** Selected systems with no version out by the as-of day (names). */
  notYetOut: string[];
  /** Versions released or retired in the as-of day's month, known only to the month: uncertain that day. */
  uncertain: string[];
}

export interface ResolvedSelection {
  /** Selected systems, in dataset order. */
  systems: System[];
  /** For each selected system: the versions that can be chosen (out by the as-of day) and those chosen. */
  choices: { system: System; available: Version[]; chosen: Version[] }[];
  /** The chosen versions, drawn by the spec charts. */
  entries: ChartEntry[];
  /** Every version of the selected systems out by the as-of day, drawn by the chronology. */
  chronology: ChartEntry[];
  notices: SelectionNotices;
}

export function findVersion(systems: readonly System[], id: string): { system: System; version: Version } | null {
  for (const system of systems) {
    const version = system.versions.find((v) => v.id === id);
    if (version) return { system, version };
  }
  return null;
}

export function resolveSelection(
  all: readonly System[],
  companies: readonly Company[],
  search: CompareSearch,
): ResolvedSelection {
  const asOf = search.asOf ?? null;
  const known = new Set(all.map((s) => s.id));
  const unknownSystems = (search.systems ?? []).filter((id) => !known.has(id));
  const wanted = search.systems?.filter((id) => known.has(id));
  // A link whose systems are all unknown falls back to every system (and says so).
  const systems = wanted?.length ? all.filter((s) => wanted.includes(s.id)) : [...all];
  const selectedIds = new Set(systems.map((s) => s.id));

  const notices: SelectionNotices = {
    unknownSystems,
    unknownVersions: [],
    hiddenByAsOf: [],
    ignoredVersions: [],
    notYetOut: [],
    uncertain: [],
  };
  const explicit = new Map<string, Version[]>();
  for (const id of search.versions ?? []) {
    const found = findVersion(all, id);
    if (!found) notices.unknownVersions.push(id);
    else if (!selectedIds.has(found.system.id)) notices.ignoredVersions.push(versionLabel(found.system, found.version));
    else explicit.set(found.system.id, [...(explicit.get(found.system.id) ?? []), found.version]);
  }

  const choices = systems.map((system) => {
    const available = versionsOutBy(system, asOf);
    const asked = explicit.get(system.id) ?? [];
    const kept = available.filter((v) => asked.includes(v));
    for (const v of asked) if (!kept.includes(v)) notices.hiddenByAsOf.push(versionLabel(system, v));
    const fallback = defaultVersion(system, asOf);
    if (!available.length) notices.notYetOut.push(system.name);
    return { system, available, chosen: kept.length ? kept : fallback ? [fallback] : [] };
  });

  for (const system of systems)
    for (const v of system.versions) {
      const { announced, released, retired } = v.lifecycle;
      const step = [released, retired, announced].find((d) => isUncertainOn(d, asOf));
      if (step) notices.uncertain.push(`${versionLabel(system, v)} (${formatDated(step)})`);
    }

  const chosenIds = new Set(choices.flatMap((c) => c.chosen.map((v) => v.id)));
  const availableIds = new Set(choices.flatMap((c) => c.available.map((v) => v.id)));
  return {
    systems,
    choices,
    entries: entriesOf(systems, companies, (_, v) => chosenIds.has(v.id), asOf),
    chronology: entriesOf(systems, companies, (_, v) => availableIds.has(v.id), asOf),
    notices,
  };
}

export function hasNotices(n: SelectionNotices): boolean {
  return Object.values(n).some((list) => list.length > 0);
}
