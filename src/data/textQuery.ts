/**
 * How a text search reads, for the API and the page alike: words, each of which must occur (in any order), and
 * "quoted phrases", which must occur as written. Case and accents are ignored; control characters are not text,
 * so a query of only those (or of spaces) is no query at all.
 */

/** Lower-case, accents stripped, runs of white space as one space: "Vidéo  Gen" and "video gen" match. */
export function normaliseText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
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
