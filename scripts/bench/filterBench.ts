/**
 * Filter, sort and first page over N synthetic events for 10 representative filter sets: the indexed path the
 * mock API uses against a naive baseline (Array.filter with fresh text normalisation, then sort, on every change).
 */
import type { Event } from '../../src/data/schema';
import { realDataset } from '../../src/mocks/dataset';
import { buildEventIndex, queryPage } from '../../src/api/eventIndex';
import { compareEventsNewestFirst } from '../../src/api/eventFilter';
import { boundDay, normaliseText, type EventsFilter } from '../../src/api/eventsQuery';
import { parseTextQuery, textMatches } from '../../src/data/textQuery';
import { generateSyntheticDataset } from '../../src/mocks/variants/synthetic';
import { ms, percentile, time } from './stats';

const PAGE = 50;
const none: EventsFilter = { companies: [], systems: [], types: [], from: null, to: null, q: '' };

export const FILTER_SETS: [string, EventsFilter][] = [
  ['no filter', none],
  ['company=meta', { ...none, companies: ['meta'] }],
  ['type=release', { ...none, types: ['release'] }],
  [
    'company=openai,google type=release,pricing',
    { ...none, companies: ['openai', 'google'], types: ['release', 'pricing'] },
  ],
  ['system=veo', { ...none, systems: ['veo'] }],
  ['from=2025-01 to=2025-06', { ...none, from: '2025-01-01', to: '2025-06-30' }],
  ['q=video', { ...none, q: 'video' }],
  ['q="studio licence" (rare)', { ...none, q: 'studio licence' }],
  ['company=meta q=vidéo from=2024-01', { ...none, companies: ['meta'], q: 'vidéo', from: '2024-01-01' }],
  ['last 6 months, type=partnership', { ...none, types: ['partnership'], from: '2026-05-26', to: '2026-11-26' }],
];

/** What a server without indexes does on every change. */
function naive(events: readonly Event[], f: EventsFilter): { page: Event[]; total: number } {
  const needles = parseTextQuery(f.q);
  const hits = events.filter((e) => {
    if (f.companies.length && !e.companyIds.some((c) => f.companies.includes(c))) return false;
    if (f.systems.length && !e.systemIds.some((s) => f.systems.includes(s))) return false;
    if (f.types.length && !f.types.includes(e.type)) return false;
    const start = e.precision === 'day' ? e.date : boundDay(e.date, 'start')!;
    const end = e.precision === 'day' ? e.date : boundDay(e.date, 'end')!;
    if (f.from && end < f.from) return false;
    if (f.to && start > f.to) return false;
    return !needles.length || textMatches(normaliseText(`${e.title} ${e.summary}`), needles);
  });
  hits.sort(compareEventsNewestFirst);
  return { page: hits.slice(0, PAGE), total: hits.length };
}

export function runFilterBench(events = 100_000) {
  const ds = generateSyntheticDataset(realDataset(), { events, seed: 1 });
  const t0 = performance.now();
  const index = buildEventIndex(ds.events);
  const buildMs = performance.now() - t0;
  // The text search as the worker and the server have it once warm (words indexed), built ahead of the queries.
  const t1 = performance.now();
  while (!index.prepareText());
  const textMs = performance.now() - t1;
  const rows: (string | number)[][] = [];
  const allFast: number[] = [];
  const ratios: number[] = [];
  for (const [name, f] of FILTER_SETS) {
    const indexed = () => {
      const { positions, total } = queryPage(index, f, 0, PAGE);
      return { page: positions.map((i) => index.sorted[i]!), total };
    };
    const a = indexed();
    const b = naive(ds.events, f);
    if (a.total !== b.total || a.page.map((e) => e.id).join() !== b.page.map((e) => e.id).join())
      throw new Error(`indexed and naive results differ for ${name}`);
    indexed(); // warm-up
    const fast = time(60, indexed);
    const slow = time(8, () => naive(ds.events, f));
    const ratio = percentile(slow, 50) / percentile(fast, 50);
    allFast.push(...fast);
    ratios.push(ratio);
    rows.push([
      name,
      a.total,
      ms(percentile(fast, 50)),
      ms(percentile(fast, 95)),
      ms(percentile(slow, 50)),
      ms(percentile(slow, 95)),
      `${ratio.toFixed(0)}×`,
    ]);
  }
  return { rows, buildMs, textMs, p95All: percentile(allFast, 95), minRatio: Math.min(...ratios), events };
}
