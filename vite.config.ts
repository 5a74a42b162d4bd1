/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './src/server/csp.ts';
import { stubTldts } from './build/stubTldts.ts';
import { validateDataset } from './build/validateDataset.ts';
import { prerender } from './build/prerender.ts';
import { shellFallback } from './build/shellFallback.ts';

function cspMeta(policy: string): Plugin {
  return {
    name: 'genscope-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head' },
    ],
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [
      react(),
      stubTldts(),
      validateDataset(),
      cspMeta(contentSecurityPolicy(env.VITE_API_BASE_URL)),
      prerender(),
      shellFallback(),
    ],
    preview: {
      port: 4173,
      strictPort: true,
      headers: { 'Content-Security-Policy': contentSecurityPolicy(env.VITE_API_BASE_URL, true) },
    },
    // The mock API's worker (src/mocks/apiWorker.ts) loads its dataset variants lazily: an ES module worker.
    worker: { format: 'es' },
    build: {
      target: 'es2022',
      sourcemap: false,
      // dist/.vite/manifest.json: what each chunk imports, for the per-route budget (scripts/routeAssets.mjs).
      manifest: true,
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['./tests/setup.ts'],
      include: [
        'tests/unit/**/*.test.{ts,tsx}',
        'tests/component/**/*.test.{ts,tsx}',
        'tests/contract/**/*.test.{ts,tsx}',
      ],
      css: false,
      restoreMocks: true,
      testTimeout: 15_000,
    },
  };
});
