/**
 * URL state of /compare: `?systems=sora,veo&versions=veo-2,veo-3&asOf=2025-01-01&diff=veo-2,veo-3`.
 * The router hands over raw strings (a repeated key gives an array); anything unreadable falls back to the
 * default instead of crashing. Ids that are well formed but unknown are dropped by the page once the data
 * has loaded, with a visible notice.
 */
import { z } from 'zod';
import { idSchema, isoDaySchema } from '../../data/schema';

export interface CompareSearch {
  /** Systems shown; absent means all. */
  systems?: string[];
  /** Versions chosen; a selected system with none listed shows its latest version. */
  versions?: string[];
  /** Show the landscape as it stood on this day (YYYY-MM-DD). */
  asOf?: string;
  /** The two versions compared field by field. */
  diff?: string[];
}

/** Splits "a,b" and ["a", "b,c"] into tokens, trimmed, without blanks. */
export function tokens(raw: unknown): string[] {
  const parts = Array.isArray(raw) ? raw : [raw];
  return parts
    .filter((p): p is string => typeof p === 'string')
    .flatMap((p) => p.split(','))
    .map((t) => t.trim())
    .filter(Boolean);
}

const idList = z.preprocess((raw) => {
  const ids = [...new Set(tokens(raw))].filter((t) => idSchema.safeParse(t).success);
  return ids.length ? ids : undefined;
}, z.array(idSchema).optional());

const searchSchema = z.object({
  systems: idList.catch(undefined),
  versions: idList.catch(undefined),
  asOf: isoDaySchema.optional().catch(undefined),
  diff: idList.pipe(z.array(idSchema).length(2).optional()).catch(undefined),
});

export function validateCompareSearch(raw: Record<string, unknown>): CompareSearch {
  const parsed = searchSchema.parse(raw);
  const out: CompareSearch = {};
  if (parsed.systems) out.systems = parsed.systems;
  if (parsed.versions) out.versions = parsed.versions;
  if (parsed.asOf) out.asOf = parsed.asOf;
  if (parsed.diff) out.diff = parsed.diff;
  return out;
}

/** Values in the raw query string that validation threw away: "asOf=yesterday", "systems=Not An Id". */
export function unreadableParams(raw: Record<string, unknown>, valid: CompareSearch): string[] {
  const out: string[] = [];
  for (const key of ['systems', 'versions', 'diff'] as const) {
    const kept = new Set(valid[key] ?? []);
    for (const t of tokens(raw[key])) if (!kept.has(t)) out.push(`${key}=${t}`);
  }
  for (const t of tokens(raw.asOf)) if (t !== valid.asOf) out.push(`asOf=${t}`);
  return [...new Set(out)];
}

/** The query string as the router's parser gives it: strings, or arrays for repeated keys. */
export function rawSearch(searchStr: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(searchStr)) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}
