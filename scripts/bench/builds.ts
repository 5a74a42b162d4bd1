/**
 * The two builds a benchmark compares: "after" (this working tree) and "before" (a commit, by default where this
 * branch left main), each built with its own sources and config into .bench/ and served with its own
 * `vite preview` (its CSP headers and fallbacks). The "before" tree is a `git archive` of the commit that shares
 * this tree's node_modules, so both use the same versions of everything.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Build {
  label: string;
  /** The folder of the sources and config it was built from. */
  root: string;
  /** Absolute path of the built files. */
  dist: string;
}

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}`);
}

const git = (...args: string[]) => spawnSync('git', args, { encoding: 'utf8' }).stdout.trim();

export function buildAfter(): Build {
  const dist = resolve('.bench/after/dist');
  run('npx', ['vite', 'build', '--manifest', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], '.');
  return {
    label: `after (${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? '+' : ''})`,
    root: '.',
    dist,
  };
}

/** Builds `ref` (default: the merge base of HEAD and main) from a clean copy of its tree. */
export function buildBefore(ref = git('merge-base', 'HEAD', 'main')): Build {
  const sha = git('rev-parse', '--short', ref);
  if (!sha) throw new Error(`unknown commit ${ref}`);
  const root = resolve(`.bench/before-${sha}`);
  const dist = `${root}/dist`;
  if (!existsSync(`${dist}/index.html`)) {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    const archive = spawnSync('git', ['archive', '--format=tar', sha], { maxBuffer: 1 << 30 });
    if (archive.status !== 0) throw new Error(`git archive ${sha} failed`);
    const untar = spawnSync('tar', ['-x', '-C', root], { input: archive.stdout });
    if (untar.status !== 0) throw new Error('could not unpack the archive');
    symlinkSync(resolve('node_modules'), `${root}/node_modules`, 'dir');
    run('npx', ['vite', 'build', '--manifest', '--outDir', dist, '--logLevel', 'error'], root);
  }
  return { label: `before (main ${sha})`, root, dist };
}

/** Serves a build with `vite preview` from its own folder while `run` runs; stops it after. */
export async function withPreview<T>(build: Build, port: number, run: (base: string) => Promise<T>): Promise<T> {
  const args = ['vite', 'preview', '--port', String(port), '--strictPort', '--outDir', build.dist];
  const server: ChildProcess = spawn('npx', args, { cwd: build.root, stdio: 'ignore', detached: true });
  const base = `http://localhost:${port}`;
  try {
    for (let i = 0; i < 150; i++) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    return await run(base);
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}
