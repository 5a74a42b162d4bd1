/**
 * Builds the indexes of src/api/eventIndex.ts over a dataset's events, once per dataset: the events sorted
 * newest first, posting lists and bit columns per company, system and type, the normalised texts (on the first
 * text query) and their word index (ahead of searches, in slices).
 */
import type { Event } from '../data/schema';
import { normaliseText } from '../data/textQuery';
import { compareSortKeys, eventSortKey } from './eventFilter';
import type { BitColumn, EventIndex } from './eventIndex';
import { postingListBuilder } from './postingLists';
import { wordListBuilder, type WordList } from './textSearch';

function bitColumn(sorted: readonly Event[], valuesOf: (e: Event) => readonly string[]): BitColumn | null {
  const bit = new Map<string, number>();
  for (const e of sorted) for (const v of valuesOf(e)) if (!bit.has(v)) bit.set(v, bit.size);
  if (bit.size > 32) return null;
  const values = new Uint32Array(sorted.length);
  sorted.forEach((e, i) => {
    for (const v of valuesOf(e)) values[i]! |= 1 << bit.get(v)!;
  });
  return { bit, values };
}

function postings(
  sorted: readonly Event[],
  keysOf: (e: Event, i: number) => readonly string[],
): Map<string, Uint32Array> {
  const lists = postingListBuilder();
  sorted.forEach((e, i) => {
    for (const k of keysOf(e, i)) lists.add(i, k);
  });
  return lists.done();
}

/** Texts normalised, or words indexed, per slice of the warm-up: under 10 ms at a time on a quiet machine. */
export const TEXT_SLICE = 2000;

/**
 * Sorting, posting lists and bit columns are built at once; the normalised texts on the first text query (most
 * of the build's cost at 100,000 events, and a first visit does not search), or ahead of it a slice at a time
 * with `prepareText`, so that a request arriving meanwhile waits for one slice, not the whole. The word index
 * comes last, only from `prepareText`: until it is complete a search scans the texts (a few milliseconds at
 * 100,000), so a search typed early waits for the texts alone, half the build.
 */
export function buildEventIndex(events: readonly Event[]): EventIndex {
  const keyed = events.map((e) => ({ e, key: eventSortKey(e) }));
  keyed.sort((a, b) => compareSortKeys(a.key, a.e.id, b.key, b.e.id));
  const sorted = keyed.map((k) => k.e);
  const text: string[] = [];
  const builder = wordListBuilder();
  let indexed = 0;
  let words: WordList | undefined;
  const normaliseUpTo = (end: number) => {
    for (let i = text.length; i < end; i++) text.push(normaliseText(`${sorted[i]!.title} ${sorted[i]!.summary}`));
  };
  const indexUpTo = (end: number) => {
    for (; indexed < end; indexed++) builder.add(indexed, text[indexed]!);
    if (indexed === sorted.length) words ??= builder.done();
  };
  const next = (from: number) => Math.min(sorted.length, from + TEXT_SLICE);
  return {
    sorted,
    keys: keyed.map((k) => k.key),
    get text() {
      normaliseUpTo(sorted.length);
      return text;
    },
    get words() {
      return words;
    },
    prepareText: () => {
      if (text.length < sorted.length) normaliseUpTo(next(text.length));
      else indexUpTo(next(indexed));
      return words !== undefined;
    },
    byCompany: postings(sorted, (e) => e.companyIds),
    bySystem: postings(sorted, (e) => e.systemIds),
    byType: postings(sorted, (e) => [e.type]),
    bits: {
      company: bitColumn(sorted, (e) => e.companyIds),
      system: bitColumn(sorted, (e) => e.systemIds),
      type: bitColumn(sorted, (e) => [e.type]),
    },
  };
}
