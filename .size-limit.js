// Bundle budget, checked by size-limit inside `npm test` (after the build). Each route's line is everything a
// first visit downloads before the app shows that route's main content: the entry and its modulepreloads, the
// route's lazy chunk and their static imports and CSS, and the mock API's chunk unless the page carries its first
// data (scripts/routeAssets.mjs, from the build's manifest and pages). Charts below the fold, exporters and
// dataset variants load later and are not counted; the page itself (HTML) is.
import { EMBED_ROUTE, FIRST_SCREEN_ROUTES, pageFile, readManifest, routeFiles } from './scripts/routeAssets.mjs';

const dist = process.env.SIZE_DIST ?? 'dist';
const manifest = readManifest(dist);
const at = (files) => files.map((f) => `${dist}/${f}`);

/**
 * gzip kB (1,000 bytes) per route: JS, CSS, the page (HTML). About 15 % above what the routes weigh today
 * (Overview 147 kB JS, Compare 152, Timeline 163: see README, "Performance"), and never above the goal of
 * 200 kB JS before the Overview's main content. Raise one only with a reason in the commit.
 */
const BUDGETS = {
  // Each page carries the sources (11 kB) with its first screen's data: the charts name them, and without them a
  // wide screen's first load asked the API and started the mock API's 80 kB of script.
  Overview: { js: '170 kB', css: '4 kB', html: '28 kB' },
  Compare: { js: '175 kB', css: '4 kB', html: '27 kB' },
  // Its page carries the sources (11 kB) as well as the first events and counts: with them, nothing asks the API
  // before the reader does, so the mock API's 80 kB of script stays off a first visit (30 kB HTML today).
  // CSS 5.5 kB: the app's start-up CSS is a file of its own since the start-up loads in stages (src/main.tsx), and
  // each file is gzipped on its own (5.0 kB today).
  Timeline: { js: '190 kB', css: '5.5 kB', html: '35 kB' },
  // One chart for another site's page, drawn with recharts (in its JS) from the data its page carries (in its
  // HTML): 297 kB JS, 5.1 kB CSS, 22.5 kB HTML today.
  Embed: { js: '335 kB', css: '6 kB', html: '26 kB' },
};

export default [...FIRST_SCREEN_ROUTES, EMBED_ROUTE].flatMap((route) => {
  const { js, css } = routeFiles(dist, manifest, route);
  const budget = BUDGETS[route.name];
  const line = (what, files, limit) => ({
    name: `${route.name} (${route.path}): ${what} before main content (gzip)`,
    path: at(files),
    limit,
    gzip: true,
  });
  return [
    line('JS', js, budget.js),
    line('CSS', css, budget.css),
    line('HTML', [pageFile(dist, route.path)], budget.html),
  ];
});
