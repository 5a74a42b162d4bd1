/** Starts the real HTTP server in this process on a free loopback port, over a given dataset and a fake build. */
import { rmSync } from 'node:fs';
import type { Dataset } from '../../../src/data/schema';
import type { RequestLog } from '../../../src/server/listener';
import { startServer, type RunningServer } from '../../../src/server/start';
import { loadStaticFiles } from '../../../src/server/staticFiles';
import { fakeBuild } from './fakeBuild';

export interface TestServer extends RunningServer {
  logs: RequestLog[];
  root: string;
}

export async function startTestServer(dataset: Dataset): Promise<TestServer> {
  const { root, dist } = fakeBuild();
  const logs: RequestLog[] = [];
  const running = await startServer({
    getDataset: () => dataset,
    files: await loadStaticFiles(dist),
    port: 0,
    host: '127.0.0.1',
    log: (entry) => logs.push(entry),
    // MSW shares this process: keep Node's own Request and Response.
    overrideGlobalObjects: false,
  });
  const stop = async () => {
    await running.stop();
    rmSync(root, { recursive: true, force: true });
  };
  return { ...running, stop, logs, root };
}
