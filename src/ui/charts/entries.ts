/**
 * The unit every comparison chart draws: one version of one system, with its company (for the colour).
 * Pure helpers only; recharts never appears here.
 */
import type { BarView } from './barView';
import { UNKNOWN_COLOR } from './legendKeys';
import { specsOn, type SpecsOn } from '../../data/history';
import { statusOn } from '../../data/lifecycle';
import type { Company, Status, System, Version } from '../../data/schema';

export interface ChartEntry {
  system: System;
  version: Version;
  company: Company | undefined;
  /** The day the chart shows (null: the dataset's date), the specs in force then, and the status then. */
  day: string | null;
  specs: SpecsOn;
  status: Status | null;
}

export function companyColor(company: Company | undefined): string {
  return company?.color ?? UNKNOWN_COLOR;
}

const firstWord = (name: string) => name.toLowerCase().split(/\s+/)[0];

/** "Veo 3", "Imagine Me", "Midjourney: V1 video": a version named so it stands alone (tiers carry their name). */
export function versionLabel(system: System, version: Version): string {
  return firstWord(version.name) === firstWord(system.name) ? version.name : `${system.name}: ${version.name}`;
}

/** One version as it stood on the day (null: the dataset's date). */
export function entryOf(
  system: System,
  version: Version,
  company: Company | undefined,
  day: string | null,
): ChartEntry {
  return { system, version, company, day, specs: specsOn(version, day), status: statusOn(version, day) };
}

/** The entries of the given versions on the day, in dataset order (system order, then oldest version first). */
export function entriesOf(
  systems: readonly System[],
  companies: readonly Company[],
  include: (system: System, version: Version) => boolean,
  day: string | null = null,
): ChartEntry[] {
  const byId = new Map(companies.map((c) => [c.id, c]));
  return systems.flatMap((system) =>
    system.versions
      .filter((version) => include(system, version))
      .map((version) => entryOf(system, version, byId.get(system.companyId), day)),
  );
}

/** Source ids in first-seen order, without repeats. */
export function uniqueIds(lists: Iterable<readonly string[]>): string[] {
  const out = new Set<string>();
  for (const list of lists) for (const id of list) out.add(id);
  return [...out];
}

/** One legend item per company drawn, in the order first drawn. */
export interface LegendItem {
  id: string;
  name: string;
  color: string;
}

export function legendOf(entries: readonly ChartEntry[]): LegendItem[] {
  const seen = new Map<string, LegendItem>();
  for (const { system, company } of entries) {
    const id = company?.id ?? system.companyId;
    if (!seen.has(id)) seen.set(id, { id, name: company?.name ?? id, color: companyColor(company) });
  }
  return [...seen.values()];
}

/** The day a set of entries shows (they all show the same one), or null for the dataset's date. */
export const dayOf = (entries: readonly ChartEntry[]): string | null => entries[0]?.day ?? null;

/** Props of the chart frames that draw a set of versions. */
export interface SpecFrameProps {
  entries: readonly ChartEntry[];
  /** Stable id of the frame (file names, anchors); each frame has a default. */
  id?: string;
  subtitle?: string;
  /** The day shown, when the entries may be none (an empty chart still says which day it is empty on). */
  asOf?: string | null;
  /** Sort and axis of a bar chart (default: dataset order, linear). */
  view?: BarView;
}
