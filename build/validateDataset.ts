/**
 * Validates mock-data/ with the app's own schema and dataset rules (parseDataset, through the server's
 * loadDataset, which names the file, the record and the field) when a build starts, and when the dev server
 * starts and whenever a file of it changes. A bad dataset fails the build with that message; in dev the message
 * goes to the terminal and the browser's error overlay.
 *
 * The build also proves that parsing leaves the files as they are (the schema adds no default and transforms
 * nothing), then tells the browser's mock API so (import.meta.env.GENSCOPE_DATASET_CHECKED): it serves the real
 * dataset without validating it again on the user's device. Generated variants are still checked at run time.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin, ViteDevServer } from 'vite';
import type * as LoadDataset from '../src/server/loadDataset';
import { withAppModules } from './appModule.ts';

/** Throws an Error whose message says what is wrong with the dataset in `dir`. */
export async function validateDatasetFolder(dir: string): Promise<void> {
  const parsed = await withAppModules(async (load) => {
    const { loadDataset } = await load<typeof LoadDataset>('src/server/loadDataset.ts');
    return loadDataset(dir);
  });
  for (const key of Object.keys(parsed) as (keyof typeof parsed)[]) {
    const file = `${key}.json`;
    const raw: unknown = JSON.parse(await readFile(join(dir, file), 'utf8'));
    if (!isDeepStrictEqual(parsed[key], raw))
      throw new Error(
        `parsing ${file} changes it (a schema default or transform?): the browser serves the files as they are, so the schema must leave valid data unchanged`,
      );
  }
}

function reportInDev(server: ViteDevServer, dir: string) {
  const check = () =>
    validateDatasetFolder(dir).then(
      () => server.config.logger.info('mock-data/ is valid', { timestamp: true }),
      (error: Error) => {
        const message = `The dataset is invalid: ${error.message}`;
        server.config.logger.error(message, { timestamp: true });
        server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'genscope-validate-dataset' } });
      },
    );
  server.watcher.add(dir);
  server.watcher.on('change', (file) => {
    if (resolve(file).startsWith(`${dir}/`) && file.endsWith('.json')) void check();
  });
}

export function validateDataset(folder = 'mock-data'): Plugin {
  const dir = resolve(folder);
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'genscope-validate-dataset',
    config: (_config, env) => {
      command = env.command;
      if (env.command !== 'build') return undefined;
      return { define: { 'import.meta.env.GENSCOPE_DATASET_CHECKED': JSON.stringify('true') } };
    },
    async buildStart() {
      try {
        await validateDatasetFolder(dir);
      } catch (error) {
        const message = `The dataset is invalid: ${(error as Error).message}`;
        if (command === 'build') this.error(message);
        else this.warn(message);
      }
    },
    configureServer: (server) => reportInDev(server, dir),
  };
}
