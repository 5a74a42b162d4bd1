/**
 * `npm test`: every check in order — type-check, lint, format, unit + component tests, the production build and
 * its bundle budget (size-limit), and the end-to-end tests in Chromium — then one summary line "N passed, N failed".
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const results = [];

function step(name, cmd, args) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  const ok = r.status === 0;
  results.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}

/** Steps that share nothing, side by side (each is one process on one core): their output comes after each ends. */
async function together(steps) {
  const runs = steps.map(
    ([name, cmd, args]) =>
      new Promise((resolve) => {
        const started = Date.now();
        const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        child.on('close', (status) => {
          console.log(`\n▶ ${name}\n${output.trimEnd()}`);
          resolve({ name, ok: status === 0, seconds: (Date.now() - started) / 1000 });
        });
      }),
  );
  results.push(...(await Promise.all(runs)));
}

await together([
  ['type-check', 'npx', ['tsc', '-b']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
]);
step('unit and component tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/vitest.json',
]);
const built = step('production build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
if (built) step('bundle budget (size-limit)', 'npx', ['size-limit']);
if (built) step('end-to-end tests (Chromium)', 'node', ['scripts/e2e.mjs', '--no-build']);

const vitest = readJson('test-results/vitest.json');
const e2e = readJson('test-results/e2e.json');
const passed = (vitest?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
const failed =
  (vitest?.numFailedTests ?? 0) +
  (e2e?.stats?.unexpected ?? 0) +
  results.filter((r) => !r.ok && !r.name.includes('tests')).length;

console.log('\nSummary');
for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds.toFixed(1)} s)`);
console.log(`  unit/component: ${vitest?.numPassedTests ?? 0} passed, ${vitest?.numFailedTests ?? 0} failed`);
console.log(
  `  end-to-end: ${e2e?.stats?.expected ?? 0} passed, ${e2e?.stats?.unexpected ?? 0} failed, ${e2e?.stats?.flaky ?? 0} flaky`,
);
const allOk = results.every((r) => r.ok);
if (!allOk && failed === 0) console.log('  (a step failed before its tests could report)');
console.log(`${passed} passed, ${allOk ? failed : Math.max(failed, 1)} failed`);
process.exit(allOk ? 0 : 1);
