/**
 * The real dataset from mock-data/, validated once with the app's own schema and the dataset rules
 * (data/checkDataset.ts). Data that breaks either stops the mock API with a message naming the record and the
 * field, rather than serving bad data.
 */
import meta from '../../mock-data/meta.json' with { type: 'json' };
import companies from '../../mock-data/companies.json' with { type: 'json' };
import systems from '../../mock-data/systems.json' with { type: 'json' };
import events from '../../mock-data/events.json' with { type: 'json' };
import sources from '../../mock-data/sources.json' with { type: 'json' };
import { checkDataset, describeProblems } from '../data/checkDataset';
import { datasetSchema, type Dataset } from '../data/schema';

export const rawDataset = { meta, companies, systems, events, sources };

export function parseDataset(raw: unknown): Dataset {
  const result = datasetSchema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`mock-data is invalid at ${first?.path.join('.') ?? '?'}: ${first?.message ?? 'unknown'}`);
  }
  return checked(result.data);
}

/** The dataset, once it breaks none of the dataset rules; otherwise an error naming each record and field. */
export function checked(ds: Dataset): Dataset {
  const problems = checkDataset(ds);
  if (problems.length) throw new Error(`The dataset breaks ${problems.length} rule(s):\n${describeProblems(problems)}`);
  return ds;
}

let cached: Dataset | undefined;
/** The validated real dataset (parsed on first use). */
export function realDataset(): Dataset {
  cached ??= parseDataset(rawDataset);
  return cached;
}
