/**
 * npm run bench: prints the performance table (see README, "Performance").
 */
import { cpus, totalmem } from 'node:os';
import { runFilterBench } from './bench/filterBench';
import { ms, printTable } from './bench/stats';

console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);

const filter = runFilterBench(100_000);
printTable(
  `Filter + sort + first page of 50 over ${filter.events.toLocaleString('en')} synthetic events (index built once in ${ms(filter.buildMs)} ms)`,
  ['filter set', 'matches', 'indexed p50 ms', 'indexed p95 ms', 'naive p50 ms', 'naive p95 ms', 'speed-up (p50)'],
  filter.rows,
);
console.log(
  `\nindexed p95 over all sets: ${ms(filter.p95All)} ms (goal ≤ 16 ms); smallest speed-up ${filter.minRatio.toFixed(0)}× (goal ≥ 20×)`,
);
