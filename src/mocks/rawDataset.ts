/**
 * The dataset files of mock-data/, as JSON, not yet checked. src/mocks/dataset.ts validates them; a production
 * build has already done so (build/validateDataset.ts), so the browser's mock API can use them as they are.
 */
import meta from '../../mock-data/meta.json' with { type: 'json' };
import companies from '../../mock-data/companies.json' with { type: 'json' };
import systems from '../../mock-data/systems.json' with { type: 'json' };
import events from '../../mock-data/events.json' with { type: 'json' };
import sources from '../../mock-data/sources.json' with { type: 'json' };

export const rawDataset = { meta, companies, systems, events, sources };
