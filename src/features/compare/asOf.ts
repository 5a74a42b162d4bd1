/**
 * "As of" a day: a version is part of the landscape once it was announced (a release or a retirement later
 * changes its status, not its presence). A date known only to the month counts from the month's last day.
 */
import { headlineVersion, isOutBy } from '../../data/lifecycle';
import type { System, Version } from '../../data/schema';

/** The versions of a system out by the day, oldest first (dataset order). */
export function versionsOutBy(system: System, asOf: string | null | undefined): Version[] {
  return system.versions.filter((v) => isOutBy(v, asOf ?? null));
}

/** The version shown by default: the latest live video version out by then, else the latest of any kind. */
export function defaultVersion(system: System, asOf: string | null | undefined): Version | undefined {
  return headlineVersion(system, asOf ?? null);
}
