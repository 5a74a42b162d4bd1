/**
 * Company and system ids of a filter checked against the dataset's lists: well-formed ids that name nothing
 * are left out of the filter and reported beside the values the URL could not read.
 */
import type { Dropped, TimelineFilter } from './timelineSearch';

export interface KnownIds {
  companies: ReadonlySet<string>;
  systems: ReadonlySet<string>;
}

/** Company and system ids that are well formed but name nothing in the dataset. */
export function unknownIds(filter: TimelineFilter, known: KnownIds): Dropped[] {
  return [
    ...filter.company.filter((id) => !known.companies.has(id)).map((value) => ({ param: 'company', value })),
    ...filter.system.filter((id) => !known.systems.has(id)).map((value) => ({ param: 'system', value })),
  ];
}

/** The filter with unknown company and system ids left out. */
export function knownFilter(filter: TimelineFilter, known: KnownIds): TimelineFilter {
  return {
    ...filter,
    company: filter.company.filter((id) => known.companies.has(id)),
    system: filter.system.filter((id) => known.systems.has(id)),
  };
}
