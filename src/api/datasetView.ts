/**
 * What the API derives from a dataset, built once per dataset object and kept while the object lives: the known
 * ids (to validate parameters), the ids facets count over, and the event index (built on first use, since a
 * dataset that is never asked for events need not pay for it).
 */
import type { Dataset } from '../data/schema';
import { buildEventIndex, type EventIndex } from './eventIndex';

export interface DatasetView {
  dataset: Dataset;
  known: { companies: ReadonlySet<string>; systems: ReadonlySet<string> };
  facetIds: { companies: string[]; systems: string[]; charted: ReadonlySet<string> };
  index: () => EventIndex;
}

const views = new WeakMap<Dataset, DatasetView>();

export function viewOf(dataset: Dataset): DatasetView {
  let view = views.get(dataset);
  if (view) return view;
  const companies = dataset.companies.map((c) => c.id);
  const systems = dataset.systems.map((s) => s.id);
  let index: EventIndex | undefined;
  view = {
    dataset,
    known: { companies: new Set(companies), systems: new Set(systems) },
    facetIds: {
      companies,
      systems,
      // Companies with a chart colour build a compared system: an event is drawn under the first of them.
      charted: new Set(dataset.companies.filter((c) => c.color).map((c) => c.id)),
    },
    index: () => (index ??= buildEventIndex(dataset.events)),
  };
  views.set(dataset, view);
  return view;
}
