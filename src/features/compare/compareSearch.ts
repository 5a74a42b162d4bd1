/**
 * URL state of /compare: `?systems=sora,veo&versions=veo-2,veo-3&asOf=2025-01-01&diff=veo-2,veo-3`.
 *
 * Two pure steps, neither of which throws:
 * 1. `validateCompareSearch` (the route's validateSearch) only fixes the shape: lists of trimmed tokens and
 *    one string for the day. It keeps values it cannot read yet, because the router rewrites the URL from
 *    its result: a value dropped here would vanish before the page could say so.
 * 2. `readCompareSearch` keeps what it can read (zod with `.catch`) and names every value it dropped.
 * Ids that are well formed but match nothing are dropped by the page once the data has loaded.
 */
import { z } from 'zod';
import { plausibleDay } from '../../data/dates';
import { listParam, pairParam, tokens } from '../../ui/urlState';
import { MAX_SECONDS, RESOLUTIONS } from './costScenario';
import { idSchema } from '../../data/schema';

export interface CompareSearch {
  /** Systems shown; absent means all. */
  systems?: string[];
  /** Versions chosen; a selected system with none listed shows its latest version. */
  versions?: string[];
  /** Show the landscape as it stood on this day (YYYY-MM-DD). */
  asOf?: string;
  /** The two versions compared field by field (the same one twice is allowed: it is said, not refused). */
  diff?: string[];
  /** `show` lists the fields that did not change, too. */
  unchanged?: string;
  /** The cost scenario: seconds of video, output height, and `off` for a silent clip. */
  clip?: string;
  res?: string;
  audio?: string;
  /** The bar charts: `scale=log` (clip length, price, cost, length versus price) and `sort=value|name`. */
  scale?: string;
  sort?: string;
}

/** One value for a key given once or several times (`?asOf=`): its tokens joined, as the route keeps them. */
const oneString = z.unknown().transform((raw) => {
  const list = tokens(raw);
  return list.length ? list.join(',') : undefined;
});

/**
 * The route's validateSearch. Every key is returned (undefined when absent): the router merges a route's
 * search over the raw one, so a key left out would let the raw value through.
 */
export function validateCompareSearch(raw: Record<string, unknown>): CompareSearch {
  return {
    systems: listParam.parse(raw.systems),
    versions: listParam.parse(raw.versions),
    asOf: oneString.parse(raw.asOf),
    diff: pairParam.parse(raw.diff),
    unchanged: oneString.parse(raw.unchanged),
    clip: oneString.parse(raw.clip),
    res: oneString.parse(raw.res),
    audio: oneString.parse(raw.audio),
    scale: oneString.parse(raw.scale),
    sort: oneString.parse(raw.sort),
  };
}

const idOrNull = idSchema.nullable().catch(null);

/** The readable part of the URL state, and every value it could not read ("asOf=yesterday"). */
export function readCompareSearch(search: CompareSearch): { query: CompareSearch; unreadable: string[] } {
  const unreadable: string[] = [];
  const ids = (key: 'systems' | 'versions' | 'diff') => {
    const kept = (search[key] ?? []).filter((t) => {
      const ok = idOrNull.parse(t) !== null;
      if (!ok) unreadable.push(`${key}=${t}`);
      return ok;
    });
    return kept.length ? kept : undefined;
  };
  const query: CompareSearch = { systems: ids('systems'), versions: ids('versions') };
  const diff = ids('diff');
  if (diff && diff.length !== 2) unreadable.push(`diff=${diff.join(',')}`);
  else if (diff) query.diff = diff;
  const keep = (key: 'clip' | 'res' | 'audio' | 'unchanged' | 'scale' | 'sort', ok: (v: string) => boolean) => {
    const value = search[key];
    if (value === undefined) return;
    if (ok(value)) query[key] = value;
    else unreadable.push(`${key}=${value}`);
  };
  keep('clip', (v) => /^\d{1,3}$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_SECONDS);
  keep('res', (v) => (RESOLUTIONS as readonly number[]).includes(Number(v)) && /^\d+$/.test(v));
  keep('audio', (v) => v === 'on' || v === 'off');
  keep('unchanged', (v) => v === 'show');
  keep('scale', (v) => v === 'log');
  keep('sort', (v) => v === 'value' || v === 'name');
  if (search.asOf !== undefined) {
    const day = plausibleDay(search.asOf);
    if (day) query.asOf = day;
    else unreadable.push(`asOf=${search.asOf}`);
  }
  return { query, unreadable };
}
