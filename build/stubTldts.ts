/**
 * Resolves `tldts` to a small stub (src/mocks/stubs/tldts.ts) in the browser build and dev server only: MSW's
 * cookie handling pulls in the public-suffix list through tough-cookie, and the app never uses cookies.
 * Vitest (msw/node) and the Node server are left with the real package.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const TLDTS_STUB = fileURLToPath(new URL('../src/mocks/stubs/tldts.ts', import.meta.url));

export function stubTldts(): Plugin {
  return {
    name: 'genscope-stub-tldts',
    enforce: 'pre',
    apply: () => !process.env.VITEST,
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    resolveId: (id) => (id === 'tldts' ? TLDTS_STUB : undefined),
  };
}
