// Bundle budget, checked by size-limit inside `npm test` (after the build). The initial JS is what
// dist/index.html loads before anything else: its entry script and the chunks it modulepreloads.
import { existsSync, readFileSync } from 'node:fs';

const dist = process.env.SIZE_DIST ?? 'dist';
const html = existsSync(`${dist}/index.html`) ? readFileSync(`${dist}/index.html`, 'utf8') : '';
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => `${dist}/${m[1]}`);
if (!initial.length) throw new Error(`No build in ${dist}/: run \`npm run build\` first.`);

export default [
  { name: 'initial JS (gzip)', path: initial, limit: '180 kB', gzip: true },
  { name: 'initial CSS (gzip)', path: `${dist}/assets/index-*.css`, limit: '10 kB', gzip: true },
];
