/**
 * Writes a synthetic dataset variant (same schema as mock-data/, every event made up) to a JSON file, or with
 * --dir to a folder shaped like mock-data/ that the server can serve (GENSCOPE_DATA_DIR=that folder).
 *   npm run gen:synthetic -- --events 100000 --seed 1 [--out .tmp/synthetic-100000-1.json | --dir .tmp/syn-100k]
 * The app generates the same data in the browser with ?dataset=synthetic-100k (seed 1).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetSchema } from '../src/data/schema';
import { realDataset } from '../src/mocks/dataset';
import { generateSyntheticDataset } from '../src/mocks/variants/synthetic';
import { writeDatasetFolder } from './datasetFolder';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    dir: { type: 'string' },
  },
});
const events = Number(values.events);
const seed = Number(values.seed);
if (!Number.isInteger(events) || events < 1 || events > 5_000_000)
  throw new Error('--events must be a whole number from 1 to 5,000,000');
if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');

const started = performance.now();
const dataset = generateSyntheticDataset(realDataset(), { events, seed });
const check = datasetSchema.safeParse(dataset);
if (!check.success) throw new Error(`generated data fails the schema: ${check.error.issues[0]?.message}`);
const out = values.dir ?? values.out ?? `.tmp/synthetic-${events}-seed${seed}.json`;
if (values.dir) writeDatasetFolder(dataset, values.dir);
else {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(dataset));
}
console.log(
  `wrote ${events.toLocaleString('en')} synthetic events (seed ${seed}) to ${out} in ${Math.round(performance.now() - started)} ms`,
);
