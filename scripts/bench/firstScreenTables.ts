/**
 * The first-screen tables of `npm run bench`, before and after in one table each: what a first visit per route
 * downloads before the app shows its main content, how long the app took to show it, the 100,000-event timeline's
 * first rows, and Lighthouse (mobile and desktop, median of `runs`) per route. Lighthouse is bounded: once
 * `lighthouseMinutes` have passed for a build, its remaining rows are printed as "–".
 */
import { buildAfter, buildBefore, withPreview, type Build } from './builds';
import { measureVisits, staticCost, type MeasuredVisit, type RouteCost } from './firstVisit';
import { lighthouseMedian, type LighthouseResult } from './lighthouse';
import { ms, printTable } from './stats';
import { timelineFirstRows } from './timelineFirstRows';

const kB = (bytes: number) => (Number.isFinite(bytes) ? (bytes / 1000).toFixed(1) : '–');
const ratio = (after: number, before: number) => `${((after / before) * 100).toFixed(0)} %`;
const JS_GOAL = 200_000;

export interface FirstScreenOptions {
  beforeRef?: string;
  runs: number;
  lighthouseMinutes: number;
}

interface Measured {
  build: Build;
  cost: RouteCost[];
  visits: MeasuredVisit[];
  firstRowsMs: number;
  lighthouse: Map<string, LighthouseResult>;
}

const ROUTES = ['/', '/compare', '/timeline'] as const;
const NAMES: Record<string, string> = { '/': 'Overview', '/compare': 'Compare', '/timeline': 'Timeline' };

async function measure(build: Build, port: number, o: FirstScreenOptions): Promise<Measured> {
  return withPreview(build, port, async (base) => {
    const visits = await measureVisits(build, base, o.runs);
    const firstRowsMs = await timelineFirstRows(base, o.runs);
    const lighthouse = new Map<string, LighthouseResult>();
    const deadline = Date.now() + o.lighthouseMinutes * 60_000;
    for (const form of ['mobile', 'desktop'] as const)
      for (const path of ROUTES)
        lighthouse.set(`${form} ${path}`, await lighthouseMedian(base + path, form, o.runs, deadline));
    return { build, cost: staticCost(build), visits, firstRowsMs, lighthouse };
  });
}

/** Prints the tables; returns the "after" build for the other browser benchmarks. */
export async function runFirstScreenTables(o: FirstScreenOptions): Promise<Build> {
  const before = await measure(buildBefore(o.beforeRef), 4391, o);
  const after = await measure(buildAfter(), 4392, o);
  const b = before.build.label;
  const a = after.build.label;

  printTable(
    `First visit per route (gzip kB = 1,000 bytes, level 9 per file): JS, CSS and the page's HTML before the app shows the route's main content, from each build's manifest and pages; "in Chromium": JS files a fresh profile requested (412 × 823) until the app drew it, and when (ms after navigation start, median of ${o.runs}); ${b} → ${a}`,
    [
      'route',
      'JS before',
      'JS after',
      'after / before',
      'goal',
      'CSS before → after',
      'HTML before → after',
      'in Chromium: JS before → after',
      'content ms before → after',
    ],
    before.cost.map((c, i) => {
      const d = after.cost[i]!;
      const vb = before.visits[i]!;
      const va = after.visits[i]!;
      return [
        `${c.name} (${c.path})`,
        kB(c.jsBytes),
        kB(d.jsBytes),
        ratio(d.jsBytes, c.jsBytes),
        `≤ ${kB(JS_GOAL)}`,
        `${kB(c.cssBytes)} → ${kB(d.cssBytes)}`,
        `${kB(c.htmlBytes ?? NaN)} → ${kB(d.htmlBytes ?? NaN)}`,
        `${kB(vb.jsBytes)} → ${kB(va.jsBytes)}`,
        `${ms(vb.contentMs)} → ${ms(va.contentMs)}`,
      ];
    }),
  );
  printTable(
    `Timeline with 100,000 events (?dataset=synthetic-100k), fresh profile, 1280 × 900: first rows on screen after navigation start (median of ${o.runs})`,
    ['measure', 'before', 'after', 'goal'],
    [['first rows visible', `${ms(before.firstRowsMs)} ms`, `${ms(after.firstRowsMs)} ms`, '≤ 1500 ms']],
  );
  const rows = [...before.lighthouse.keys()].map((key) => {
    const x = before.lighthouse.get(key)!;
    const y = after.lighthouse.get(key)!;
    const [form, path] = key.split(' ') as [string, string];
    const pair = (f: (r: LighthouseResult) => string) => `${f(x)} → ${f(y)}`;
    return [
      `${form}, ${NAMES[path]}`,
      pair((r) => String(r.score)),
      form === 'mobile' ? '≥ 90' : '≥ 98',
      pair((r) => ms(r.fcpMs)),
      pair((r) => ms(r.lcpMs)),
      pair((r) => ms(r.tbtMs)),
      pair((r) => (Number.isFinite(r.cls) ? r.cls.toFixed(3) : '–')),
    ];
  });
  printTable(
    `Lighthouse 12.2.3, performance, median of ${o.runs} runs per figure (vite preview, real dataset), ${b} → ${a}`,
    ['run', 'score', 'goal', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'],
    rows,
  );
  return after.build;
}
