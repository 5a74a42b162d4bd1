/**
 * The production build, read into memory once at start-up. Requests are answered from this map only, never by
 * opening a path taken from a URL: a file outside dist/ cannot be served whatever the request says, and symbolic
 * links are not followed. A build is a few megabytes, so memory is not a concern.
 */
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';

export interface StaticFile {
  body: Buffer;
  type: string;
  etag: string;
  /** Vite's content-hashed output: the name changes when the content does. */
  immutable: boolean;
}
export type StaticFiles = ReadonlyMap<string, StaticFile>;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

/**
 * Marks the index.html this server sends: the app reads it and talks to the API on this origin instead of
 * starting its embedded mock. A <meta> rather than an inline script, which the Content-Security-Policy forbids.
 */
export const SERVER_MARK = '<meta name="genscope-api" content="same-origin">';

/** The plain shell the build writes for the SPA fallback (build/prerender.ts); older builds only have index.html. */
export const SHELL = '/shell.html';

/**
 * The page a path names, as `vite preview` and static hosts find it: the file itself, `/compare` → /compare.html,
 * `/sources/` → /sources/index.html. Undefined for any other path (the SPA fallback's).
 */
export function pageOf(files: StaticFiles, path: string): string | undefined {
  if (files.has(path)) return path;
  if (path.endsWith('/')) return files.has(`${path}index.html`) ? `${path}index.html` : undefined;
  return extname(path) === '' && files.has(`${path}.html`) ? `${path}.html` : undefined;
}

/** What a deep link with no page of its own gets: the shell, never the prerendered Overview. */
export const fallbackOf = (files: StaticFiles) => (files.has(SHELL) ? SHELL : '/index.html');

/** A path that names a file (a known extension, or Vite's assets folder): 404 when missing, no SPA fallback. */
export const looksLikeFile = (path: string) =>
  path.startsWith('/assets/') || Object.hasOwn(TYPES, extname(path).toLowerCase());

export const etagOf = (body: string | Buffer) =>
  `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 27)}"`;

async function walk(dir: string, prefix: string, out: Map<string, Buffer>): Promise<void> {
  for (const name of await readdir(dir)) {
    const full = join(dir, name);
    const stat = await lstat(full);
    if (stat.isDirectory()) await walk(full, `${prefix}${name}/`, out);
    else if (stat.isFile()) out.set(`${prefix}${name}`, await readFile(full));
  }
}

export async function loadStaticFiles(distDir: string): Promise<StaticFiles> {
  const bodies = new Map<string, Buffer>();
  const missing = () => new Error(`no production build in ${distDir} (no index.html): run npm run build first`);
  await walk(distDir, '/', bodies).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT' ? missing() : error;
  });
  if (!bodies.has('/index.html')) throw missing();
  for (const [path, body] of bodies)
    if (path.endsWith('.html'))
      bodies.set(path, Buffer.from(body.toString('utf8').replace('</head>', `  ${SERVER_MARK}\n  </head>`)));
  const files = new Map<string, StaticFile>();
  for (const [path, body] of bodies)
    files.set(path, {
      body,
      type: TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
      etag: etagOf(body),
      immutable: path.startsWith('/assets/'),
    });
  return files;
}
