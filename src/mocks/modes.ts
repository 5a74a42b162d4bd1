/**
 * The mock API's demo modes, read from the URL and kept for the tab: the chaos switch (`?mock=slow|error|…`,
 * src/mocks/chaos.ts) and the dataset variant (`?dataset=hostile|synthetic-…`, src/mocks/variants). Kept apart
 * from the code that implements them (MSW, the generators), so start.tsx can read them at start-up for nothing.
 */
import { tabSetting, type TabStorage } from './tabSetting';

export const CHAOS_MODES = ['slow', 'error', 'flaky', 'timeout', 'malformed', 'shape', 'empty', 'offline'] as const;
export type ChaosMode = (typeof CHAOS_MODES)[number];

export const DATASET_VARIANTS = ['real', 'hostile', 'synthetic-10k', 'synthetic-100k'] as const;
export type DatasetVariant = (typeof DATASET_VARIANTS)[number];

/** Reads ?mock= (and remembers it for the tab); `off` or an unknown value clears it. */
export function chaosModeFrom(search: string, storage: TabStorage | null): ChaosMode | null {
  return tabSetting(search, storage, { param: 'mock', key: 'genscope-mock', values: CHAOS_MODES, fallback: null });
}

export function datasetVariantFrom(search: string, storage: TabStorage | null): DatasetVariant {
  return tabSetting(search, storage, {
    param: 'dataset',
    key: 'genscope-dataset',
    values: DATASET_VARIANTS,
    fallback: 'real',
  });
}

/** True when the mock will not serve the real dataset as it is: a chaos mode or another dataset is on. */
export function inDemoMode(search: string, storage: TabStorage | null): boolean {
  return chaosModeFrom(search, storage) !== null || datasetVariantFrom(search, storage) !== 'real';
}
