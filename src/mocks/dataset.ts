/**
 * The real dataset from mock-data/, validated once with the app's own schema. A file that does not match
 * the schema stops the mock API with a message naming the file and the field, rather than serving bad data.
 */
import meta from '../../mock-data/meta.json';
import companies from '../../mock-data/companies.json';
import systems from '../../mock-data/systems.json';
import events from '../../mock-data/events.json';
import sources from '../../mock-data/sources.json';
import { datasetSchema, type Dataset } from '../data/schema';

export const rawDataset = { meta, companies, systems, events, sources };

export function parseDataset(raw: unknown): Dataset {
  const result = datasetSchema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`mock-data is invalid at ${first?.path.join('.') ?? '?'}: ${first?.message ?? 'unknown'}`);
  }
  return result.data;
}

let cached: Dataset | undefined;
/** The validated real dataset (parsed on first use). */
export function realDataset(): Dataset {
  cached ??= parseDataset(rawDataset);
  return cached;
}
