/**
 * What a clip costs: for a length, an output height and sound, how many generations each version needs (from its
 * longest single generation) and what they cost at its API price per second at that height, as in force on the
 * as-of day. Unknowns stay unknown: no price or no limit is "not disclosed", never 0.
 */
import { pricesOn } from '../../data/history';
import type { NumberValue, PriceValue } from '../../data/schema';
import type { ChartEntry } from '../../ui/charts/entries';
import { formatQuantity } from '../../ui/specs';

export const RESOLUTIONS = [480, 720, 1080, 2160] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

export interface CostScenario {
  /** Seconds of finished video wanted. */
  seconds: number;
  resolution: Resolution;
  audio: boolean;
}

export const DEFAULT_SCENARIO: CostScenario = { seconds: 30, resolution: 720, audio: true };
export const MAX_SECONDS = 600;

export interface ClipCost {
  /** The cost, or null with the reason when it cannot be worked out. */
  cost: NumberValue | null;
  generations: number | null;
  billedSeconds: number | null;
  price: PriceValue | null;
  /** Why the version cannot make this clip at all (not drawn), or null. */
  cannot: string | null;
  /** Why the cost is unknown, when it can make the clip. */
  unknown: string | null;
}

/** The price in force at the output height: the one sold at that height, or one that holds at every height. */
export function priceAt(entry: ChartEntry, resolution: number): PriceValue | null {
  const prices = pricesOn(entry.version, entry.day);
  return prices.find((p) => p.resolution === resolution) ?? prices.find((p) => p.resolution === null) ?? null;
}

export function clipCost(entry: ChartEntry, s: CostScenario): ClipCost {
  const none = { cost: null, generations: null, billedSeconds: null, price: null };
  if (entry.version.modality !== 'video') return { ...none, cannot: 'an image model', unknown: null };
  const audio = entry.specs.nativeAudio?.value;
  if (s.audio && audio === false) return { ...none, cannot: 'it makes no sound', unknown: null };
  const height = entry.specs.maxResolution?.value;
  if (height !== undefined && height < s.resolution)
    return { ...none, cannot: `its highest output is ${height}p`, unknown: null };

  const limit = entry.specs.maxClipSeconds;
  const price = priceAt(entry, s.resolution);
  const generations = limit ? Math.ceil(s.seconds / limit.value) : null;
  const billedSeconds = limit && generations !== null ? generations * limit.value : null;
  const unknown = !price
    ? `no API price at ${s.resolution}p is disclosed`
    : !limit
      ? 'its longest generation is not disclosed'
      : null;
  if (unknown || billedSeconds === null || !price) return { ...none, generations, price, cannot: null, unknown };
  const value = Math.round(billedSeconds * price.value * 100) / 100;
  const notes = [
    `${generations} × ${formatQuantity(limit!.value, 's')} at ${formatQuantity(price.value, 'USD/s')}`,
    !s.audio && audio ? 'priced with sound: no price without it is published here' : null,
  ].filter(Boolean);
  return {
    cost: {
      value,
      unit: 'USD',
      from: null,
      sourceIds: [...new Set([...price.sourceIds, ...limit!.sourceIds])],
      note: notes.join('; '),
    },
    generations,
    billedSeconds,
    price,
    cannot: null,
    unknown: null,
  };
}

/** The assumptions, said under the chart. */
export function costAssumptions(s: CostScenario, asOf: string | null): string[] {
  return [
    `A ${formatQuantity(s.seconds, 's')} clip at ${s.resolution}p${s.audio ? ', with sound' : ', silent'}, at API list prices per second${asOf ? ' in force on the as-of day' : ''}; subscriptions and free tiers are not counted.`,
    'Clips longer than a version’s longest single generation take several generations, each billed at that full length (a 30 s clip on a model limited to 8 s costs four 8 s generations).',
    'Each tier has its own price: a Fast or Pro tier is its own bar.',
  ];
}

/** The scenario a readable URL state asks for; defaults fill what it does not say. */
export function scenarioOf(query: { clip?: string; res?: string; audio?: string }): CostScenario {
  return {
    seconds: query.clip ? Number(query.clip) : DEFAULT_SCENARIO.seconds,
    resolution: (query.res ? Number(query.res) : DEFAULT_SCENARIO.resolution) as Resolution,
    audio: query.audio ? query.audio === 'on' : DEFAULT_SCENARIO.audio,
  };
}
