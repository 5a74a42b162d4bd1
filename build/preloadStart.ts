/**
 * The entry (src/main.tsx) loads the app's start in stages with dynamic imports, so that each evaluates in a
 * task of its own; this puts those chunks, and what they import, in the page's <link rel="modulepreload"> list,
 * so they download with the entry instead of after it has run.
 */
import type { Plugin, Rollup } from 'vite';
import { START_MODULES } from '../scripts/routeAssets.mjs';

function startChunks(bundle: Rollup.OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const files = new Set<string>();
  const add = (chunk: Rollup.OutputChunk | undefined) => {
    if (!chunk || files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const file of chunk.imports) add(byFile.get(file));
  };
  for (const module of START_MODULES) {
    const chunk = chunks.find((c) => c.isDynamicEntry && c.facadeModuleId?.endsWith(module));
    if (!chunk) throw new Error(`preloadStart: the build has no chunk for ${module}`);
    add(chunk);
  }
  return [...files];
}

export function preloadStart(): Plugin {
  return {
    name: 'genscope-preload-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) => {
        if (!bundle) return html;
        const have = new Set([...html.matchAll(/(?:href|src)="\/([^"]+)"/g)].map((m) => m[1]));
        return startChunks(bundle)
          .filter((file) => !have.has(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
