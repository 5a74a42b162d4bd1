/**
 * npm run bench: prints the performance tables (see README, "Performance").
 *   --node-only     only the filter benchmark and the server load (no build, no Chromium, no Lighthouse)
 *   --server-only   only the server load
 */
import { cpus, totalmem } from 'node:os';
import { runFilterBench } from './bench/filterBench';
import { runServerLoad } from './bench/serverLoad';
import { ms, printTable } from './bench/stats';

console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);

const serverOnly = process.argv.includes('--server-only');
if (!serverOnly) {
  const filter = runFilterBench(100_000);
  printTable(
    `Filter + sort + first page of 50 over ${filter.events.toLocaleString('en')} synthetic events (index built once in ${ms(filter.buildMs)} ms)`,
    ['filter set', 'matches', 'indexed p50 ms', 'indexed p95 ms', 'naive p50 ms', 'naive p95 ms', 'speed-up (p50)'],
    filter.rows,
  );
  console.log(
    `\nindexed p95 over all sets: ${ms(filter.p95All)} ms (goal ≤ 16 ms); smallest speed-up ${filter.minRatio.toFixed(0)}× (goal ≥ 20×)`,
  );
}

const load = await runServerLoad(100_000);
printTable(
  `HTTP server (npm run serve) over ${load.events.toLocaleString('en')} synthetic events, ${load.concurrency} concurrent connections on loopback, brotli accepted (server up in ${ms(load.startMs)} ms, validation included)`,
  ['request', 'requests', 'errors', 'req/s', 'p50 ms', 'p99 ms', 'KB per answer'],
  load.rows,
);

if (!process.argv.includes('--node-only') && !serverOnly) {
  const { withPreview } = await import('./bench/server');
  const { runBrowserBench } = await import('./bench/browserBench');
  const { runLighthouse } = await import('./bench/lighthouse');
  await withPreview(4391, async (base) => {
    const b = await runBrowserBench(base);
    printTable(
      'Chromium, preview build, ?dataset=synthetic-100k (100,000 events)',
      ['measure', 'value', 'goal'],
      [
        [`keystroke → list shows the result, p50 (${b.keystrokes} keystrokes)`, `${ms(b.keystrokeP50)} ms`, ''],
        [`keystroke → list shows the result, p95 (${b.keystrokes} keystrokes)`, `${ms(b.keystrokeP95)} ms`, '≤ 100 ms'],
        ['list rows in the DOM after load', b.rowsAfterLoad, '≤ 200'],
        ['list rows in the DOM at most, while scrolling', b.maxRowsWhileScrolling, '≤ 200'],
        ['DOM elements on the page after load', b.domNodes, ''],
        [
          `longest task while scrolling ${b.scrolledEvents.toLocaleString('en')} events (pages load on the way)`,
          `${ms(b.longTaskMax)} ms`,
          '≤ 50 ms',
        ],
        ['tasks over 50 ms while scrolling', b.longTaskCount, '0'],
        ['first load of /timeline with 100,000 events (generate + index + first page)', `${b.firstLoadMs} ms`, ''],
      ],
    );
    const rows = [];
    for (const form of ['mobile', 'desktop'] as const) {
      const r = await runLighthouse(`${base}/`, form);
      rows.push([
        `Lighthouse ${form}, Overview, real dataset`,
        r.score,
        ms(r.fcpMs),
        ms(r.lcpMs),
        ms(r.tbtMs),
        r.cls.toFixed(3),
      ]);
    }
    printTable(
      'Lighthouse 12.2.3 (performance), preview build',
      ['run', 'score', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'],
      rows,
    );
    // Chart exports (PNG 1x/2x/4x, SVG) of the clip-length frame on /compare.
    await (await import('./bench/exportBench')).runExportBench(base);
    await (await import('./bench/embedSize')).runEmbedSize(base);
  });
}
