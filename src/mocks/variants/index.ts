/**
 * Dataset variants of the mock API, chosen with `?dataset=NAME` (kept for the tab; `?dataset=real` goes back).
 * Every variant but "real" is labelled synthetic wherever it is shown. Variants load lazily: they never weigh
 * on the real app's bundle.
 */
import type { Dataset } from '../../data/schema';
import { checked, realDataset } from '../dataset';
import { tabSetting, type TabStorage } from '../tabSetting';

export const DATASET_VARIANTS = ['real', 'hostile', 'synthetic-10k', 'synthetic-100k'] as const;
export type DatasetVariant = (typeof DATASET_VARIANTS)[number];

export function datasetVariantFrom(search: string, storage: TabStorage | null): DatasetVariant {
  return tabSetting(search, storage, {
    param: 'dataset',
    key: 'genscope-dataset',
    values: DATASET_VARIANTS,
    fallback: 'real',
  });
}

export async function loadDataset(variant: DatasetVariant): Promise<Dataset> {
  switch (variant) {
    case 'real':
      return realDataset();
    case 'hostile':
      return checked((await import('./hostile')).hostileDataset(realDataset()));
    case 'synthetic-10k':
    case 'synthetic-100k': {
      const { generateSyntheticDataset } = await import('./synthetic');
      return checked(
        generateSyntheticDataset(realDataset(), {
          events: variant === 'synthetic-10k' ? 10_000 : 100_000,
          seed: 1,
        }),
      );
    }
  }
}
