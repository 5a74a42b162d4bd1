/**
 * The word index behind text search: every distinct word of the normalised texts that has a letter, with the
 * positions that hold it, so a needle is looked up in the vocabulary (thousands of words) instead of in 100,000
 * texts. Words of digits only are left out: numbers make most of a large vocabulary (at 100,000 events, 100,000
 * of its 100,039 words, and two thirds of the index's cost), and a needle of digits is found by a scan of the
 * texts, which costs a few milliseconds.
 */
import { NON_ASCII } from '../data/textQuery';
import type { EventIndex } from './eventIndex';
import { postingListBuilder } from './postingLists';

export interface WordList {
  words: string[];
  postings: Uint32Array[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /[a-z0-9]+/g;
/** The words of a normalised text (lower case); the Unicode classes only where the text needs them (3× faster). */
export const wordsOf = (text: string): string[] =>
  (NON_ASCII.test(text) ? text.match(WORD) : text.match(ASCII_WORD)) ?? [];
/** A needle that is one word can only occur inside a word: the word index alone answers it exactly. */
export const isOneWord = (needle: string): boolean => wordsOf(needle).join('') === needle;
const DIGITS = /^\p{N}+$/u;
/** Whether a word is digits only; most words begin with a letter a-z, which settles it without a regex. */
const isDigits = (word: string) => !(word.charCodeAt(0) >= 97 && word.charCodeAt(0) <= 122) && DIGITS.test(word);

/** Builds a word list a slice of texts at a time (positions must come in ascending order). */
export function wordListBuilder() {
  const lists = postingListBuilder();
  return {
    add(position: number, text: string) {
      for (const word of wordsOf(text)) if (!isDigits(word)) lists.add(position, word);
    },
    done(): WordList {
      const built = lists.done();
      return { words: [...built.keys()], postings: [...built.values()] };
    },
  };
}

/**
 * Positions whose text may contain the needle: for each of its words that has a letter, the texts holding a
 * word that contains it (a scan of the vocabulary, not of the texts), intersected. Null when the needle has no
 * such word (only digits, or only punctuation), or the word index is not built yet: the texts are scanned.
 * Candidates still need the exact `includes` check (the words may be apart) unless the needle is one word.
 */
export function textCandidates(index: EventIndex, needle: string): Uint8Array | null {
  const parts = wordsOf(needle).filter((part) => !isDigits(part));
  if (!parts.length || !index.words) return null;
  const { words, postings } = index.words;
  const n = index.sorted.length;
  let acc: Uint8Array | null = null;
  for (const part of parts) {
    const mark = new Uint8Array(n);
    words.forEach((word, w) => {
      if (word.includes(part)) for (const i of postings[w]!) mark[i] = 1;
    });
    if (acc) for (let i = 0; i < n; i++) acc[i]! &= mark[i]!;
    else acc = mark;
  }
  return acc;
}
