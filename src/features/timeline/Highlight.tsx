import type { ReactNode } from 'react';
import { matchRanges } from '../../data/textQuery';

/** A text with what the search found in it marked, read the same way as the search (data/textQuery.ts). */
export function Highlight({ text, needles }: { text: string; needles: readonly string[] }) {
  const ranges = matchRanges(text, needles);
  if (!ranges.length) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
