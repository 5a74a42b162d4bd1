/**
 * Reads a dataset folder (mock-data/ or GENSCOPE_DATA_DIR) and validates it with the app's own schema
 * and rules (parseDataset) before the server answers anything: a bad file stops the start with a message that names the
 * file and the record, instead of serving data the client would reject. The file names are those of
 * mock-data/ (one per key of the dataset), so a new file there is picked up here too.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dataset } from '../data/schema';
import { parseDataset, rawDataset } from '../mocks/dataset';

export class DatasetError extends Error {
  readonly name = 'DatasetError';
}

type Raw = Record<string, unknown>;

async function readJson(dir: string, key: string): Promise<unknown> {
  const file = join(dir, `${key}.json`);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new DatasetError(`cannot read ${file}: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}`);
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new DatasetError(`${file} is not JSON: ${(cause as Error).message}`);
  }
}

/** "events.12.date" → events.json, record 12 (id "…"), field date. */
export function nameRecord(raw: Raw, path: string): string {
  const [key = '?', position, ...field] = path.split('.');
  const list = raw[key];
  if (!Array.isArray(list) || position === undefined || !/^\d+$/.test(position))
    return `${key}.json${path.includes('.') ? ` at ${path.slice(key.length + 1)}` : ''}`;
  const id = (list[Number(position)] as { id?: unknown } | undefined)?.id;
  const named = typeof id === 'string' ? ` (id "${id.slice(0, 80)}")` : '';
  return `${key}.json record ${position}${named}${field.length ? `, field ${field.join('.')}` : ''}`;
}

/** Turns parseDataset's "… invalid at events.12.date: message" into a sentence naming the record. */
function explain(raw: Raw, dir: string, error: Error): DatasetError {
  const m = / at (\S+): (.*)$/s.exec(error.message);
  const where = m ? `${nameRecord(raw, m[1]!)}: ${m[2]}` : error.message;
  return new DatasetError(`the dataset in ${dir} is invalid: ${where}`);
}

export async function loadDataset(dir: string): Promise<Dataset> {
  const keys = Object.keys(rawDataset);
  // Read in parallel, but a missing file is reported in the files' order (meta first), whichever fails first.
  const read = await Promise.allSettled(keys.map((k) => readJson(dir, k)));
  const failed = read.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  const raw: Raw = Object.fromEntries(keys.map((k, i) => [k, (read[i] as PromiseFulfilledResult<unknown>).value]));
  // parseDataset checks the shape with the schema and the rules with checkDataset (ids, references, sources,
  // lifecycles, histories), naming the record and the field of the first problems.
  try {
    return parseDataset(raw);
  } catch (error) {
    throw explain(raw, dir, error as Error);
  }
}
