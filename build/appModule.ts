/**
 * Loads the app's own modules (TypeScript, JSX, JSON imports, lazy imports) from a Vite plugin, through a
 * short-lived Vite server in middleware mode (no port, no watcher), at the moment they are needed. The config
 * therefore stays small (importing app code statically into vite.config.ts would bundle it into the config),
 * and packages are loaded by Node as they are.
 */
import { resolve } from 'node:path';
import { createServer } from 'vite';

export type LoadModule = <T>(path: string) => Promise<T>;

export async function withAppModules<T>(run: (load: LoadModule) => Promise<T>): Promise<T> {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await run(<M>(path: string) => server.ssrLoadModule(resolve(path)) as Promise<M>);
  } finally {
    await server.close();
  }
}
