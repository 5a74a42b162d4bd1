/**
 * How a text search reads, for the API and the page alike: words, each of which must occur (in any order), and
 * "quoted phrases", which must occur as written. Case and accents are ignored; control characters are not text,
 * so a query of only those (or of spaces) is no query at all.
 */

/** Any character outside ASCII: only then do accents need stripping (or Unicode word classes apply). */
export const NON_ASCII = /[^\0-\x7f]/;
/** Whitespace that `normaliseText` changes: a run of two or more, or any but the plain space. */
const ODD_SPACE = /\s\s|[^\S ]/;

/** Lower-case, accents stripped, runs of white space as one space: "Vidéo  Gen" and "video gen" match. */
export function normaliseText(text: string): string {
  // Each step runs only where it changes something: most texts are ASCII with single spaces, and a replace that
  // changes nothing still costs (indexing 100,000 events took 2.8 s with them, 0.2 s without).
  const bare = NON_ASCII.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text;
  const lower = bare.toLowerCase();
  return ODD_SPACE.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
}

const CONTROL = /[\p{Cc}\p{Cf}]/gu;
const QUOTED = /"([^"]*)"|“([^”]*)”/g;

/** The needles a query asks for, normalised: each must occur in the text. None: no query. */
export function parseTextQuery(q: string): string[] {
  const text = normaliseText(q.replace(CONTROL, ' '));
  const phrases: string[] = [];
  const rest = text.replace(QUOTED, (_, a: string | undefined, b: string | undefined) => {
    const phrase = (a ?? b ?? '').trim();
    if (phrase) phrases.push(phrase);
    return ' ';
  });
  const words = rest.replace(/["“”]/g, ' ').split(' ').filter(Boolean);
  return [...new Set([...phrases, ...words])];
}

/** Whether a normalised text holds every needle. */
export function textMatches(text: string, needles: readonly string[]): boolean {
  return needles.every((n) => text.includes(n));
}

/**
 * Where the needles occur in a text as written: [start, end) ranges of the original string, sorted and merged,
 * found on the same normalised form the search uses (so "video" marks "Vidéo" and "meta" marks "Meta").
 */
export function matchRanges(text: string, needles: readonly string[]): [number, number][] {
  if (!needles.length) return [];
  const { norm, from, to } = withOffsets(text);
  const ranges: [number, number][] = [];
  for (const needle of needles) {
    for (let at = norm.indexOf(needle); at !== -1 && needle; at = norm.indexOf(needle, at + needle.length))
      ranges.push(from ? [from[at]!, to[at + needle.length - 1]!] : [at, at + needle.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

const CONTROL_ONE = /[\p{Cc}\p{Cf}]/u;
/** Printable ASCII without a run of spaces: normalising it only lowers its case, unit for unit. */
const PLAIN = /^(?:[!-~]| (?! ))*$/;

/**
 * A text's normalised form, with the original [from, to) offsets each unit came from (none when they are the
 * same: most texts, for which the unit-by-unit walk below cost a list of 50 rows 5 ms per keystroke).
 */
function withOffsets(text: string): { norm: string; from?: number[]; to: number[] } {
  if (PLAIN.test(text)) return { norm: text.toLowerCase(), to: [] };
  let norm = '';
  const from: number[] = [];
  const to: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const end = offset + ch.length;
    const unit = /\s/.test(ch) || CONTROL_ONE.test(ch) ? ' ' : normaliseText(ch);
    if (!(unit === ' ' && norm.endsWith(' '))) {
      for (const u of unit) {
        norm += u;
        from.push(offset);
        to.push(end);
      }
    }
    offset = end;
  }
  return { norm, from, to };
}
