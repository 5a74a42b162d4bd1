/**
 * The one way a view's URL state is read (Compare and Timeline alike), step 1 of 2: fix the shape of the raw
 * router values without losing any, within the same limits everywhere. Step 2, reading the meaning, is each
 * page's own (zod `.catch`), and names what it drops.
 */
import { z } from 'zod';

/** More values than this in one list, or a longer token, cannot be a real view: the rest are cut. */
export const MAX_ITEMS = 50;
export const MAX_TOKEN_LENGTH = 100;
/** The longest text a view keeps (a search). */
export const MAX_TEXT = 200;

const strings = (raw: unknown): string[] =>
  (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');

/** "a,b" and ["a", "b,c"] as tokens: trimmed, cut to length, without blanks; repeats dropped unless kept. */
export function tokens(raw: unknown, { keepRepeats = false } = {}): string[] {
  const all = strings(raw)
    .flatMap((p) => p.split(','))
    .map((t) => t.trim().slice(0, MAX_TOKEN_LENGTH))
    .filter(Boolean);
  return (keepRepeats ? all : [...new Set(all)]).slice(0, MAX_ITEMS);
}

/** A list parameter (`?system=sora,veo`): its tokens, or undefined when it has none. */
export const listParam = z.unknown().transform((raw) => {
  const list = tokens(raw);
  return list.length ? list : undefined;
});

/** A pair (`?diff=veo-3,veo-3`): repeats are kept, as two sides are. */
export const pairParam = z.unknown().transform((raw) => {
  const list = tokens(raw, { keepRepeats: true });
  return list.length ? list : undefined;
});

/**
 * A single value (`?from=2025-01`): a repeated key keeps its first value that reads, or else its first value
 * (to be reported as unreadable). Text is cut at MAX_TEXT characters further on, by the page.
 */
export const singleParam = (reads: (v: string) => boolean = () => true) =>
  z.unknown().transform((raw) => {
    const given = strings(raw).filter((v) => v.trim() !== '');
    return given.find(reads) ?? given[0];
  });
