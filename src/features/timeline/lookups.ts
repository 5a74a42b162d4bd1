import type { Company, Source, System } from '../../data/schema';

/** Names and records by id, for showing events (an id nothing knows is shown as itself). */
export interface Lookups {
  companies: ReadonlyMap<string, Company>;
  systems: ReadonlyMap<string, System>;
  sources: ReadonlyMap<string, Source>;
}

export function buildLookups(
  companies: readonly Company[] | undefined,
  systems: readonly System[] | undefined,
  sources: readonly Source[] | undefined,
): Lookups {
  return {
    companies: new Map(companies?.map((c) => [c.id, c])),
    systems: new Map(systems?.map((s) => [s.id, s])),
    sources: new Map(sources?.map((s) => [s.id, s])),
  };
}
