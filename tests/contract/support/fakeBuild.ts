/**
 * A small stand-in for dist/ (no Vite build needed in unit time): index.html, a hashed asset big enough to be
 * compressed, an unhashed file, and a secret file beside the build that no request may ever reach.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SECRET = 'TOP-SECRET-OUTSIDE-THE-BUILD';
export const ASSET = '/assets/app-Bx3k9Q.js';

export function fakeBuild(): { root: string; dist: string } {
  const root = mkdtempSync(join(tmpdir(), 'genscope-build-'));
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html>\n<html lang="en">\n  <head>\n    <title>Genscope</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n',
  );
  const code = Array.from({ length: 300 }, (_, i) => `export const value${i} = "genscope ${i}";`).join('\n');
  writeFileSync(join(dist, ASSET), code);
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'secret.txt'), SECRET);
  writeFileSync(join(root, 'package.json'), SECRET);
  return { root, dist };
}
