/**
 * The value of a spec in force on a day. A spec is its history, oldest first; each value holds from its `from`
 * date (null: since the version came out) until the next one. A month-precision `from` counts from the month's
 * last day, like lifecycle dates. Prices hold per output height: several are in force at once.
 */
import { certainFrom } from './dates';
import { outSince } from './lifecycle';
import type { Dated, PriceValue, SpecKey, Specs, SpecValue, Version } from './schema';

/** The first day a value holds, or null when it holds from the start of the version's record. */
export function inForceFrom(entry: { from: Dated | null }, version: Version): string | null {
  const since = entry.from ?? outSince(version);
  return since ? certainFrom(since) : null;
}

/** The value in force on the day (the latest one when `day` is null), or null: not disclosed by then. */
export function valueOn<V extends SpecValue>(history: readonly V[], version: Version, day: string | null): V | null {
  if (day === null) return history.at(-1) ?? null;
  let current: V | null = null;
  for (const entry of history) {
    const from = inForceFrom(entry, version);
    if (from === null || from <= day) current = entry;
  }
  return current;
}

/** Every price in force on the day, one per output height, lowest height first (null: any height, first). */
export function pricesOn(version: Version, day: string | null): PriceValue[] {
  return seriesOf(version.specs.pricePerSecond)
    .map((list) => valueOn(list, version, day))
    .filter((p): p is PriceValue => p !== null)
    .sort((a, b) => (a.resolution ?? 0) - (b.resolution ?? 0));
}

/** The specs in force on the day, one value each. The price is the one at the lowest output height offered. */
export type SpecsOn = { [K in SpecKey]: Specs[K][number] | null };

export function specsOn(version: Version, day: string | null): SpecsOn {
  const s = version.specs;
  const on = <V extends SpecValue>(h: readonly V[]) => valueOn(h, version, day);
  return {
    maxClipSeconds: on(s.maxClipSeconds),
    maxExtendedSeconds: on(s.maxExtendedSeconds),
    maxResolution: on(s.maxResolution),
    frameRate: on(s.frameRate),
    nativeAudio: on(s.nativeAudio),
    textToVideo: on(s.textToVideo),
    imageToVideo: on(s.imageToVideo),
    videoEditing: on(s.videoEditing),
    personalisation: on(s.personalisation),
    pricePerSecond: pricesOn(version, day)[0] ?? null,
    access: on(s.access),
    parametersBillions: on(s.parametersBillions),
  };
}

/** Every spec history of a version with its key, for checks and change lists. */
export function histories(version: Version): { key: SpecKey; history: readonly SpecValue[] }[] {
  return (Object.keys(version.specs) as SpecKey[]).map((key) => ({ key, history: version.specs[key] }));
}

/** A history split into its series, each in order: prices one per output height, every other spec as one. */
export function seriesOf<V extends SpecValue>(history: readonly V[]): V[][] {
  const groups = new Map<string, V[]>();
  for (const v of history) {
    const key = 'resolution' in v ? String(v.resolution) : '';
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  return [...groups.values()];
}
