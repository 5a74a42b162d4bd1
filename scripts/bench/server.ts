/** Builds the app into its own folder and serves it with `vite preview` for a benchmark; stops it after. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

export async function withPreview<T>(port: number, run: (base: string) => Promise<T>): Promise<T> {
  const outDir = 'dist-bench';
  const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', 'error'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');
  const server: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--outDir', outDir],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const base = `http://localhost:${port}`;
  try {
    for (let i = 0; i < 100; i++) {
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
