/**
 * "As of" a day: a version is part of the landscape once it was released; a version never released (a
 * research preview, a waitlist) counts from its announcement. A date known only to the month counts from
 * the first of that month. A version with no known date is left out of any as-of view.
 */
import type { System, Version } from '../../data/schema';
import { headlineVersion } from '../../data/systems';

/** The date a version joined the landscape, as `YYYY-MM-DD` or `YYYY-MM`, or null when unknown. */
export function outSince(version: Version): string | null {
  return version.released?.date ?? version.announced?.date ?? null;
}

export function isOutBy(version: Version, asOf: string | null | undefined): boolean {
  if (!asOf) return true;
  const since = outSince(version);
  return since !== null && since.slice(0, 10) <= asOf;
}

/** The versions of a system out by the day, oldest first (dataset order). */
export function versionsOutBy(system: System, asOf: string | null | undefined): Version[] {
  return system.versions.filter((v) => isOutBy(v, asOf));
}

/** The version shown by default: the latest video version out by then, else the latest of any kind. */
export function defaultVersion(system: System, asOf: string | null | undefined): Version | undefined {
  const versions = versionsOutBy(system, asOf);
  return versions.length ? headlineVersion({ ...system, versions }) : undefined;
}
