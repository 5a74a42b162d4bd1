/** Domain helpers over systems and versions, shared by every feature. */
import type { Company, Dated, System, Version } from './schema';

/** Sortable key of a date known to the day or the month. */
export const datedKey = (d: Dated | null | undefined): string => (d ? d.date : '9999');

/** The newest released version (of a modality, if given), else the newest announced one. Tiers such as
 * "Veo 3.1 Lite" (variantOf) are never the latest: the version they are a tier of is. */
export function latestVersion(system: System, modality?: Version['modality']): Version | undefined {
  const pool = system.versions.filter((v) => !v.variantOf && (!modality || v.modality === modality));
  const released = pool.filter((v) => v.released);
  const list = released.length ? released : pool;
  return [...list]
    .sort((a, b) => datedKey(a.released ?? a.announced).localeCompare(datedKey(b.released ?? b.announced)))
    .at(-1);
}

/** The earliest public release of any version, or null when none was ever released. */
export function firstRelease(system: System): Dated | null {
  const dates = system.versions.map((v) => v.released).filter((d): d is Dated => d !== null);
  return dates.sort((a, b) => a.date.localeCompare(b.date))[0] ?? null;
}

/** The video version an analyst compares by default: the latest video version, else the latest of any kind. */
export function headlineVersion(system: System): Version | undefined {
  return latestVersion(system, 'video') ?? latestVersion(system);
}

export function companyById(companies: readonly Company[]): Map<string, Company> {
  return new Map(companies.map((c) => [c.id, c]));
}
