/**
 * The word index behind text search: every distinct word of the normalised texts with the positions that hold
 * it, so a needle is looked up in the vocabulary (thousands of words) instead of in 100,000 texts.
 */
import type { EventIndex } from './eventIndex';

export interface WordList {
  digitsOnly: boolean;
  words: string[];
  postings: Uint32Array[];
}

const WORD = /[\p{L}\p{N}]+/gu;
export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];
/** A needle that is one word can only occur inside a word: the word index alone answers it exactly. */
export const isOneWord = (needle: string): boolean => wordsOf(needle).join('') === needle;
export const DIGITS = /^\p{N}+$/u;

/**
 * Positions whose text may contain the needle: for each of its words, the texts holding a word that contains it
 * (a scan of the vocabulary, not of the texts), intersected. Null when the needle has no word to look up.
 * Candidates still need the exact `includes` check (the words may be apart).
 */
export function textCandidates(index: EventIndex, needle: string): Uint8Array | null {
  const parts = wordsOf(needle);
  if (!parts.length) return null;
  const n = index.sorted.length;
  let acc: Uint8Array | null = null;
  for (const part of parts) {
    const mark = new Uint8Array(n);
    // A part with a letter cannot be inside a digits-only word: skip those (numbers are most of a vocabulary).
    for (const list of index.words) {
      if (list.digitsOnly && !DIGITS.test(part)) continue;
      list.words.forEach((word, w) => {
        if (word.includes(part)) for (const i of list.postings[w]!) mark[i] = 1;
      });
    }
    if (acc) for (let i = 0; i < n; i++) acc[i]! &= mark[i]!;
    else acc = mark;
  }
  return acc;
}
