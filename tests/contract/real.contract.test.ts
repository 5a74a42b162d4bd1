// @vitest-environment node
import { realDataset } from '../../src/mocks/dataset';
import { contractSuite } from './support/contractSuite';

contractSuite('real dataset', realDataset, 7);
