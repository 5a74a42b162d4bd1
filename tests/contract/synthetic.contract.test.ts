// @vitest-environment node
import { realDataset } from '../../src/mocks/dataset';
import { generateSyntheticDataset } from '../../src/mocks/variants/synthetic';
import { contractSuite } from './support/contractSuite';

// The 100,000-event dataset of ?dataset=synthetic-100k (seed 1), as the mock serves it.
contractSuite(
  '100,000 synthetic events',
  () => generateSyntheticDataset(realDataset(), { events: 100_000, seed: 1 }),
  500,
);
