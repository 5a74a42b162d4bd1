/** Builds the app and runs the end-to-end tests in Chromium against `vite preview`. */
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';

function run(cmd, args, env = process.env) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

let browser;
try {
  browser = ensureChromium();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
console.log(`e2e: using Chromium at ${browser}`);
if (!process.argv.includes('--no-build'))
  run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', process.env.E2E_DIST ?? 'dist']);
run('npx', ['playwright', 'test', ...process.argv.slice(2).filter((a) => a !== '--no-build')], {
  ...process.env,
  CHROME_PATH: browser,
});
