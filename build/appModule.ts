/**
 * Imports one of the app's own modules (TypeScript, JSON imports, JSX) from a Vite plugin, through Vite's
 * module runner, at the moment it is needed. The config therefore stays small (importing app code statically
 * into vite.config.ts would bundle it into the config), and packages are loaded by Node as they are.
 */
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

export async function importAppModule<T>(path: string): Promise<T> {
  const { module } = await runnerImport<T>(resolve(path), { logLevel: 'error' });
  return module;
}
