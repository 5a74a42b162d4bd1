/**
 * What a first visit to a route downloads before the app itself shows the route's main content, read from the
 * build's manifest (dist/.vite/manifest.json, `build.manifest`): the entry and the chunks it modulepreloads, the
 * route's lazy chunk, each with everything it imports statically and its CSS, and the mock API's chunk when the
 * first requests wait for it, that is unless the route's page carries its first screen's data (a
 * `genscope-first-data` block, build/prerender.ts; the mock then loads after the first render). Lazy imports
 * (charts near the viewport, exporters, dataset variants) are not part of it. Shared by the bundle budget
 * (.size-limit.js) and `npm run bench`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The routes whose first visit is budgeted, and the module that draws each. */
export const FIRST_SCREEN_ROUTES = [
  { name: 'Overview', path: '/', module: 'src/features/overview/OverviewPage.tsx' },
  { name: 'Compare', path: '/compare', module: 'src/features/compare/ComparePage.tsx' },
  { name: 'Timeline', path: '/timeline', module: 'src/features/timeline/TimelinePage.tsx' },
];

/**
 * An embedded chart (/embed/<id>, one per chart, all alike; the clip lengths stand for them): its main content is
 * the chart itself, so its code (and recharts, imported statically by the embed page) counts. Its page carries its
 * data and it never loads the mock API (src/main.tsx).
 */
export const EMBED_ROUTE = {
  name: 'Embed',
  path: '/embed/max-clip-length',
  module: 'src/features/compare/EmbedPage.tsx',
};

/**
 * The module the entry (src/main.tsx) imports at start, after the data schemas, which it imports too (each
 * evaluates in a task of its own): the pages preload it with the entry (build/preloadStart.ts), and it counts,
 * with all it imports, towards every route's first visit.
 */
export const START_MODULES = ['src/start.tsx'];

/** The embedded mock API: started by main.tsx; the first data requests wait until it answers. */
export const MOCK_API_MODULE = 'src/mocks/browser.ts';

export function readManifest(dist) {
  const path = join(dist, '.vite', 'manifest.json');
  if (!existsSync(path)) throw new Error(`No ${path}: build with \`npm run build\` (build.manifest) first.`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The files a manifest entry loads: its own chunk, its static imports (recursively) and their CSS. */
function closure(manifest, key, out) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`The build's manifest has no ${key}`);
  if (out.keys.has(key)) return out;
  out.keys.add(key);
  out.js.add(chunk.file);
  for (const css of chunk.css ?? []) out.css.add(css);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, out);
  return out;
}

/** The HTML file a static host sends for a route: /compare → compare.html when the build has one. */
export function pageFile(dist, path) {
  const own = path === '/' ? 'index.html' : `${path.slice(1)}.html`;
  return existsSync(join(dist, own)) ? own : 'index.html';
}

/** True when the route's page carries the data of its first screen. */
export const carriesFirstData = (dist, path) =>
  readFileSync(join(dist, pageFile(dist, path)), 'utf8').includes('id="genscope-first-data"');

/** The JS and CSS files (paths inside dist/) of a first visit to a route that draws `module`. */
export function routeAssets(manifest, module, { withMockApi = true } = {}) {
  const out = { keys: new Set(), js: new Set(), css: new Set() };
  closure(manifest, 'index.html', out);
  // (A build from before the staged start-up, measured by `npm run bench -- --before`, has none.)
  for (const module of START_MODULES) if (manifest[module]) closure(manifest, module, out);
  if (withMockApi) closure(manifest, MOCK_API_MODULE, out);
  closure(manifest, module, out);
  return { js: [...out.js].sort(), css: [...out.css].sort() };
}

/** A route's first-visit files in a build. */
export function routeFiles(dist, manifest, route) {
  return routeAssets(manifest, route.module, { withMockApi: !carriesFirstData(dist, route.path) });
}

/** Sum of the files' gzip sizes (level 9, each file on its own, as size-limit counts them), in bytes. */
export function gzipBytes(dist, files) {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
}

/** Per route: the files and their gzip bytes (the page's HTML too, with what it carries). */
export function firstVisitCost(dist) {
  const manifest = readManifest(dist);
  return FIRST_SCREEN_ROUTES.map((route) => {
    const { js, css } = routeFiles(dist, manifest, route);
    const html = pageFile(dist, route.path);
    const htmlBytes = gzipBytes(dist, [html]);
    return { ...route, js, css, html, jsBytes: gzipBytes(dist, js), cssBytes: gzipBytes(dist, css), htmlBytes };
  });
}
