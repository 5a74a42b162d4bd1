/**
 * Where a version stands on a given day, derived from its lifecycle dates and access history (never stored).
 * `day` is `YYYY-MM-DD`, or null for "now": the dataset's own date, after every dated fact in it.
 * A date known only to the month counts from the month's last day: on 5 Dec 2024 a version released
 * "Dec 2024" is not yet out.
 */
import { certainFrom, firstDayOf } from './dates';
import type { Dated, Status, System, Version } from './schema';

const reached = (d: { date: string } | null | undefined, day: string | null): boolean =>
  !!d && (day === null || certainFrom(d) <= day);

/** The date a version joined the landscape: its release, or its announcement when never released. */
export function outSince(version: Version): Dated | null {
  const { released, announced } = version.lifecycle;
  return released ?? announced;
}

/** The version's status on the day, or null when it was not yet announced (or released) by then. */
export function statusOn(version: Version, day: string | null): Status | null {
  const { announced, released, retired } = version.lifecycle;
  if (reached(retired, day)) return 'retired';
  if (reached(released, day) && released) {
    let level = released.access;
    for (const step of version.specs.access) if (step.level && reached(step.from, day)) level = step.level;
    return level;
  }
  if (reached(announced, day)) return 'announced';
  return null;
}

/** Out by the day: announced or released by then (a retired version stays part of the record). */
export function isOutBy(version: Version, day: string | null): boolean {
  return statusOn(version, day) !== null;
}

/** Usable or announced on the day, not retired. */
export function isLiveOn(version: Version, day: string | null): boolean {
  const status = statusOn(version, day);
  return status !== null && status !== 'retired';
}

/** Whether the day falls inside the month of a month-precision date, so the answer on that day is unknown. */
export function isUncertainOn(d: Dated | null | undefined, day: string | null): boolean {
  return !!d && day !== null && d.precision === 'month' && firstDayOf(d) <= day && day < certainFrom(d);
}

const outKey = (v: Version) => outSince(v)?.date ?? '9999';

/**
 * The version a system is known by on the day: the newest live release; else the newest live announcement;
 * else (everything retired) the last to retire. Tiers (variantOf) are never the headline; nor, when a modality
 * is given, versions of the other one.
 */
export function latestVersion(system: System, day: string | null, modality?: Version['modality']): Version | undefined {
  const pool = system.versions.filter((v) => !v.variantOf && (!modality || v.modality === modality) && isOutBy(v, day));
  const byOut = (list: Version[]) => [...list].sort((a, b) => outKey(a).localeCompare(outKey(b))).at(-1);
  const live = pool.filter((v) => isLiveOn(v, day));
  const released = live.filter((v) => statusOn(v, day) !== 'announced');
  if (released.length) return byOut(released);
  if (live.length) return byOut(live);
  return [...pool]
    .sort((a, b) => (a.lifecycle.retired?.date ?? '').localeCompare(b.lifecycle.retired?.date ?? ''))
    .at(-1);
}

/** The video version an analyst compares by default: the latest video version, else the latest of any kind. */
export function headlineVersion(system: System, day: string | null = null): Version | undefined {
  return latestVersion(system, day, 'video') ?? latestVersion(system, day);
}

/** The earliest release of any version, or null when none was ever released. */
export function firstRelease(system: System): Dated | null {
  const dates = system.versions.map((v) => v.lifecycle.released).filter((d): d is NonNullable<typeof d> => !!d);
  const first = dates.sort((a, b) => a.date.localeCompare(b.date))[0];
  return first ? { date: first.date, precision: first.precision } : null;
}

/** When every version of a system is retired by the day: the last retirement (the system is shut down). */
export function shutDownOn(system: System, day: string | null): Dated | null {
  const out = system.versions.filter((v) => isOutBy(v, day));
  if (!out.length || out.some((v) => isLiveOn(v, day))) return null;
  const last = out
    .map((v) => v.lifecycle.retired)
    .filter((d): d is NonNullable<typeof d> => !!d)
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
  return last ? { date: last.date, precision: last.precision } : null;
}
