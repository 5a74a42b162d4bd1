/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import type { Connect } from 'vite';
import { contentSecurityPolicy, frameAncestors, framingHeaders, isEmbedPath } from './src/server/csp.ts';
import { stubTldts } from './build/stubTldts.ts';
import { validateDataset } from './build/validateDataset.ts';
import { prerender } from './build/prerender.ts';
import { shellFallback } from './build/shellFallback.ts';
import { preloadStart } from './build/preloadStart.ts';

function cspMeta(policy: string): Plugin {
  return {
    name: 'genscope-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head' },
    ],
  };
}

/**
 * Framing as the server answers it: forbidden (frame-ancestors 'none', X-Frame-Options DENY) everywhere but on the
 * embedded charts, /embed/*. `vite preview` sends the build's whole policy; the dev server only the framing part
 * (its own inline scripts would break under the full policy).
 */
function framing(apiBase: string | undefined): Plugin {
  const middleware =
    (full: boolean): Connect.NextHandleFunction =>
    (req, res, next) => {
      const url = req.url ?? '/';
      const headers = framingHeaders(url, apiBase);
      if (!full) headers['Content-Security-Policy'] = frameAncestors(isEmbedPath(url));
      res.removeHeader('X-Frame-Options');
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      next();
    };
  return {
    name: 'genscope-framing',
    configureServer: (server) => void server.middlewares.use(middleware(false)),
    configurePreviewServer: (server) => void server.middlewares.use(middleware(true)),
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [
      react(),
      // First, so that its headers are set before any other preview middleware answers.
      framing(env.VITE_API_BASE_URL),
      stubTldts(),
      validateDataset(),
      cspMeta(contentSecurityPolicy(env.VITE_API_BASE_URL)),
      preloadStart(),
      prerender(),
      shellFallback(),
    ],
    preview: {
      port: 4173,
      strictPort: true,
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
      // Every core (Vitest's default leaves one free: on a 2-core CI machine, one worker, 240 s instead of 150 s).
      maxWorkers: Math.max(2, availableParallelism()),
    },
  };
});
