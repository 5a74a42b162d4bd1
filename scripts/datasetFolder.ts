/** Writes a dataset as a folder of JSON files shaped like mock-data/, which the server reads (GENSCOPE_DATA_DIR). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../src/data/schema';

export function writeDatasetFolder(dataset: Dataset, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [key, value] of Object.entries(dataset)) writeFileSync(join(dir, `${key}.json`), JSON.stringify(value));
}
