/**
 * `npm run serve`: the production build and the data API on one port, with no MSW.
 *   PORT               port to listen on (default 8080; 0 picks a free one)
 *   HOST               address to bind (default 127.0.0.1, this machine only; 0.0.0.0 in a container)
 *   GENSCOPE_DATA_DIR  dataset folder (default mock-data), validated before the first request
 *   GENSCOPE_DIST_DIR  the build to serve (default dist)
 * Refuses to start, with exit code 1 and one line saying why, on a bad setting or dataset.
 * Stops gracefully on SIGTERM or SIGINT (exit code 0).
 */
import { resolve } from 'node:path';
import { warmTextSearch } from '../api/warmTextSearch';
import { loadDataset } from './loadDataset';
import { startServer } from './start';
import { loadStaticFiles } from './staticFiles';

const say = (entry: Record<string, unknown>) =>
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);

function portFrom(value: string | undefined): number {
  const port = Number(value ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${value}"`);
  return port;
}

async function main() {
  const port = portFrom(process.env.PORT);
  const host = process.env.HOST || '127.0.0.1';
  const dataDir = resolve(process.env.GENSCOPE_DATA_DIR || 'mock-data');
  const distDir = resolve(process.env.GENSCOPE_DIST_DIR || 'dist');
  const [dataset, files] = await Promise.all([loadDataset(dataDir), loadStaticFiles(distDir)]);
  const running = await startServer({ getDataset: () => dataset, files, port, host });
  // The event index and its text search are built now, a slice per task between requests, not by the first search.
  warmTextSearch(dataset, (slice) => setImmediate(slice));
  say({
    event: 'listening',
    url: running.url,
    dataDir,
    distDir,
    dataset: { kind: dataset.meta.kind, version: dataset.meta.version, events: dataset.events.length },
  });

  const shutdown = (signal: NodeJS.Signals) => {
    say({ event: 'stopping', signal });
    void running.stop().then(() => {
      say({ event: 'stopped' });
      process.exit(0);
    });
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`genscope server refused to start: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
});
