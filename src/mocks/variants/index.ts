/**
 * Dataset variants of the mock API, chosen with `?dataset=NAME` (kept for the tab; `?dataset=real` goes back).
 * Every variant but "real" is labelled synthetic wherever it is shown. Variants load lazily: they never weigh
 * on the real app's bundle.
 *
 * Every dataset the mock loads is checked, once: the real one by the production build (build/validateDataset.ts
 * fails the build on any problem, and proves that parsing leaves the files unchanged), so the browser uses it as
 * is; in dev and tests it is validated here. Generated variants are always checked here, when they are made.
 */
import type { Dataset } from '../../data/schema';
import type { DatasetVariant } from '../modes';
import { rawDataset } from '../rawDataset';

export { DATASET_VARIANTS, datasetVariantFrom, type DatasetVariant } from '../modes';

/** Set by build/validateDataset.ts in a production build, whose mock-data/ it has validated. */
const CHECKED_AT_BUILD = import.meta.env.GENSCOPE_DATASET_CHECKED === 'true';

async function real(): Promise<Dataset> {
  // The build parsed these very files and found the result equal to them, field for field.
  if (CHECKED_AT_BUILD) return rawDataset as unknown as Dataset;
  return (await import('../dataset')).realDataset();
}

export async function loadDataset(variant: DatasetVariant): Promise<Dataset> {
  if (variant === 'real') return real();
  const [base, { checked }] = await Promise.all([real(), import('../dataset')]);
  if (variant === 'hostile') return checked((await import('./hostile')).hostileDataset(base));
  const { generateSyntheticDataset } = await import('./synthetic');
  return checked(generateSyntheticDataset(base, { events: variant === 'synthetic-10k' ? 10_000 : 100_000, seed: 1 }));
}
