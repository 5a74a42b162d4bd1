/** What the e2e tests expect, counted from the dataset itself rather than written in as numbers. */
import { headlineVersion } from '../../../src/data/lifecycle';
import { realDataset } from '../../../src/mocks/dataset';

export const ds = realDataset();
/** One card per system on the Overview. */
export const SYSTEM_COUNT = ds.systems.length;
/** Bars of the default clip-length chart: each system's headline version, when it is a video model. */
export const DEFAULT_CLIP_BARS = ds.systems.filter((s) => headlineVersion(s)?.modality === 'video').length;
