// Bundle budget, checked by size-limit inside `npm test` (after the build). Each route's line is everything a
// first visit downloads before the app shows that route's main content: the entry and its modulepreloads, the
// mock API's chunk, the route's lazy chunk and their static imports and CSS (scripts/routeAssets.mjs, from the
// build's manifest). Charts below the fold, exporters and dataset variants load later and are not counted.
import { FIRST_SCREEN_ROUTES, readManifest, routeAssets } from './scripts/routeAssets.mjs';

const dist = process.env.SIZE_DIST ?? 'dist';
const manifest = readManifest(dist);
const at = (files) => files.map((f) => `${dist}/${f}`);

/** gzip kB (1,000 bytes) per route: JS, CSS. */
const BUDGETS = {
  Overview: { js: '500 kB', css: '10 kB' },
  Compare: { js: '500 kB', css: '10 kB' },
  Timeline: { js: '500 kB', css: '10 kB' },
};

export default FIRST_SCREEN_ROUTES.flatMap(({ name, path, module }) => {
  const { js, css } = routeAssets(manifest, module);
  return [
    { name: `${name} (${path}): JS before main content (gzip)`, path: at(js), limit: BUDGETS[name].js, gzip: true },
    { name: `${name} (${path}): CSS before main content (gzip)`, path: at(css), limit: BUDGETS[name].css, gzip: true },
  ];
});
