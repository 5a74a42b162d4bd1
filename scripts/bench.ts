/**
 * npm run bench: prints the performance tables (see README, "Performance").
 *   --node-only       only the filter benchmark and the server load (no build, no Chromium, no Lighthouse)
 *   --server-only     only the server load
 *   --browser-only    only the browser tables on this tree's build (keystrokes, scrolling, exports, embed)
 *   --before=REF      the commit to compare with (default: where this branch left main)
 *   --runs=N          runs per figure in Chromium and Lighthouse (default 3; medians)
 *   --lighthouse-minutes=M  at most M minutes of Lighthouse per build (default 12)
 */
import { cpus, totalmem } from 'node:os';
import { runFilterBench } from './bench/filterBench';
import { runServerLoad } from './bench/serverLoad';
import { ms, printTable } from './bench/stats';

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);

const serverOnly = process.argv.includes('--server-only');
const browserOnly = process.argv.includes('--browser-only');
if (!serverOnly && !browserOnly) {
  const filter = runFilterBench(100_000);
  printTable(
    `Filter + sort + first page of 50 over ${filter.events.toLocaleString('en')} synthetic events (index built once in ${ms(filter.buildMs)} ms, its text search in ${ms(filter.textMs)} ms)`,
    ['filter set', 'matches', 'indexed p50 ms', 'indexed p95 ms', 'naive p50 ms', 'naive p95 ms', 'speed-up (p50)'],
    filter.rows,
  );
  console.log(
    `\nindexed p95 over all sets: ${ms(filter.p95All)} ms (goal ≤ 16 ms); smallest speed-up ${filter.minRatio.toFixed(0)}× (goal ≥ 20×)`,
  );
}

const load = browserOnly ? null : await runServerLoad(100_000);
if (load)
  printTable(
    `HTTP server (npm run serve) over ${load.events.toLocaleString('en')} synthetic events, ${load.concurrency} concurrent connections on loopback, brotli accepted (server up in ${ms(load.startMs)} ms, validation included)`,
    ['request', 'requests', 'errors', 'req/s', 'p50 ms', 'p99 ms', 'KB per answer'],
    load.rows,
  );

if (!process.argv.includes('--node-only') && !serverOnly) {
  const { runFirstScreenTables } = await import('./bench/firstScreenTables');
  const { buildAfter, withPreview } = await import('./bench/builds');
  const after = browserOnly
    ? buildAfter()
    : await runFirstScreenTables({
        beforeRef: option('before'),
        runs: Number(option('runs') ?? 3),
        lighthouseMinutes: Number(option('lighthouse-minutes') ?? 12),
      });
  const { runBrowserBench } = await import('./bench/browserBench');
  await withPreview(after, 4393, async (base) => {
    const b = await runBrowserBench(base, 10_000);
    printTable(
      `Chromium, ${after.label}, /timeline?dataset=synthetic-100k (100,000 events)`,
      ['measure', 'value', 'goal'],
      [
        [
          'first keystroke, typed as the first rows show (the page still loading)',
          `${ms(b.keystrokeWhileLoading)} ms`,
          '',
        ],
        [
          `keystroke → list shows the result once loaded, p50 (${b.keystrokes} keystrokes)`,
          `${ms(b.keystrokeP50)} ms`,
          '',
        ],
        [
          `keystroke → list shows the result once loaded, p95 (${b.keystrokes} keystrokes)`,
          `${ms(b.keystrokeP95)} ms`,
          '≤ 100 ms',
        ],
        ['list rows in the DOM after load', b.rowsAfterLoad, '≤ 200'],
        ['list rows in the DOM at most, while scrolling', b.maxRowsWhileScrolling, '≤ 200'],
        ['DOM elements on the page after load', b.domNodes, ''],
        [
          `longest task while scrolling ${b.scrolledEvents.toLocaleString('en')} events (pages load on the way)`,
          `${ms(b.longTaskMax)} ms`,
          '≤ 50 ms',
        ],
        ['tasks over 50 ms while scrolling', b.longTaskCount, '0'],
      ],
    );
    // Chart exports (PNG 1x/2x/4x, SVG) of the clip-length frame on /compare.
    await (await import('./bench/exportBench')).runExportBench(base);
    await (await import('./bench/embedSize')).runEmbedSize(base);
  });
}
