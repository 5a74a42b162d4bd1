/**
 * The real dataset from mock-data/, validated once with the app's own schema and the dataset rules
 * (data/checkDataset.ts). Data that breaks either stops the mock API with a message naming the record and the
 * field, rather than serving bad data. (A production build validates mock-data/ before bundling it, see
 * build/validateDataset.ts; the browser's mock then skips this for the real dataset, not for variants.)
 */
import { checkDataset, describeProblems } from '../data/checkDataset';
import { datasetSchema, type Dataset } from '../data/schema';
import { rawDataset } from './rawDataset';

export { rawDataset };

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
