/**
 * `vite preview`'s fallback for deep links: a path with no file of its own (/sources, /systems/veo) gets the
 * plain shell (shell.html), not index.html, which holds the prerendered Overview. /compare and /timeline keep
 * Vite's own rule (compare.html). The HTTP server does the same (src/server/staticFiles.ts).
 */
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Plugin, PreviewServer } from 'vite';

const wantsHtml = (accept: string | undefined) => !accept || accept.includes('text/html') || accept.includes('*/*');

function useShellFallback(server: PreviewServer): void {
  const dist = resolve(server.config.root, server.config.build.outDir);
  const has = (file: string) => join(dist, file).startsWith(dist) && existsSync(join(dist, file));
  server.middlewares.use((req, _res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !wantsHtml(req.headers.accept)) return next();
    const url = new URL(req.url ?? '/', 'http://preview');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return next();
    }
    const ownPage = path === '/' || extname(path) || has(`${path}.html`) || has(join(path, 'index.html'));
    if (!ownPage && has('shell.html')) req.url = `/shell.html${url.search}`;
    next();
  });
}

export function shellFallback(): Plugin {
  return { name: 'genscope-shell-fallback', configurePreviewServer: useShellFallback };
}
