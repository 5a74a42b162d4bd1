/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Content-Security-Policy of the production build: no inline script, the MSW worker from this origin, and
 * the API origin when VITE_API_BASE_URL points elsewhere. Served as a <meta> (any static host) and as a header
 * by `vite preview` (which can also forbid framing).
 */
export function contentSecurityPolicy(apiBase: string | undefined, asHeader = false): string {
  const api = apiBase ? ` ${new URL(apiBase).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${api}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(asHeader ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}

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
    plugins: [react(), cspMeta(contentSecurityPolicy(env.VITE_API_BASE_URL))],
    preview: {
      port: 4173,
      strictPort: true,
      headers: { 'Content-Security-Policy': contentSecurityPolicy(env.VITE_API_BASE_URL, true) },
    },
    build: {
      target: 'es2022',
      sourcemap: false,
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['./tests/setup.ts'],
      include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
      css: false,
      restoreMocks: true,
      testTimeout: 15_000,
    },
  };
});
