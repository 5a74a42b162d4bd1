/** The legend keys the charts draw, as data (the frame draws them on screen and in exports). */
import type { LegendEntry } from '../export/parts';
import { formatDate } from '../format';
import type { LegendItem } from './entries';

/** The grey of "not disclosed" marks, the same in both themes. */
/** The one colour of what is unknown or has no colour of its own: "not disclosed" hatches, uncoloured companies. */
export const UNKNOWN_COLOR = '#8a909c';

export const companyKeys = (items: readonly LegendItem[]): LegendEntry[] =>
  items.map((i) => ({ label: i.name, color: i.color, mark: 'swatch' }));

export const KEYS = {
  extended: { label: 'reached by extending clips', color: 'var(--muted)', mark: 'hatch' },
  notDisclosed: { label: 'not disclosed', color: UNKNOWN_COLOR, mark: 'hatch' },
  yes: { label: 'yes', color: 'var(--muted)', mark: 'dot' },
  no: { label: 'no', color: 'var(--muted)', mark: 'ring' },
  released: { label: 'released', color: 'var(--muted)', mark: 'dot' },
  announced: { label: 'announced, not released', color: 'var(--muted)', mark: 'ring' },
  retired: { label: 'retired', color: 'var(--muted)', mark: 'cross' },
} as const satisfies Record<string, LegendEntry>;

/**
 * What an empty chart says: "Nothing to draw: no version of this selection was out by 1 Jan 2023." on a day,
 * "Nothing to draw for this selection." without one.
 */
export function nothingToDraw(day: string | null): string {
  return day
    ? `Nothing to draw: no version of this selection was out by ${formatDate(day)}.`
    : 'Nothing to draw for this selection.';
}

/** "Intro. A: x; B: y." without the list when it is empty (never ". ."). */
export function describeList(intro: string, items: readonly string[]): string {
  return items.length ? `${intro} ${items.join('; ')}.` : intro;
}
