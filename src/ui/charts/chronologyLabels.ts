/**
 * Where each label of the release chronology goes: above or below its point, or one step further out when a
 * neighbour's label already takes that place. Widths are estimated for the narrowest plot the chart is drawn at,
 * so labels that do not collide there do not collide wider.
 */
import type { ChronologyPoint } from './chronology';

/** Label lanes: above the point, below it, further above, further below. */
export type LabelLane = 0 | 1 | 2 | 3;
/** Baseline offsets of the lanes from the point's centre, in pixels. */
export const LANE_OFFSET: Record<LabelLane, number> = { 0: -11, 1: 19, 2: -24, 3: 32 };

const PLOT_WIDTH = 440; // the 560 px minimum width of the chart, less its axis
const CHAR_WIDTH = 6.2; // 11 px system font
const GAP = 8;

function extent(p: ChronologyPoint, text: string, pxPerMs: number, domainStart: number): [number, number] {
  const x = (p.x - domainStart) * pxPerMs;
  const w = text.length * CHAR_WIDTH + GAP;
  if (p.labelAnchor === 'start') return [x - 6, x - 6 + w];
  if (p.labelAnchor === 'end') return [x + 6 - w, x + 6];
  return [x - w / 2, x + w / 2];
}

/** The text a point is labelled with, or null for unlabelled points (tiers, a second retirement that day). */
export const labelText = (p: ChronologyPoint): string | null =>
  p.tier || !p.labelled ? null : p.kind === 'retired' ? 'retired' : p.versionName;

const overlap = (spans: readonly [number, number][], [x0, x1]: [number, number]) =>
  spans.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, x1) - Math.max(a, x0)), 0);

/**
 * Sets each labelled point's lane, left to right within each row: the first lane where the label fits, else the
 * one where it overlaps least. Several retirements on one day and row share one "retired" label.
 */
export function placeLabels(points: ChronologyPoint[], domain: [number, number]): void {
  const pxPerMs = PLOT_WIDTH / (domain[1] - domain[0]);
  const taken = new Map<string, [number, number][][]>();
  const retiredAt = new Set<string>();
  for (const p of [...points].sort((a, b) => a.x - b.x)) {
    const text = labelText(p);
    if (text === null) continue;
    if (p.kind === 'retired') {
      const key = `${p.row}@${p.x}`;
      p.labelled = !retiredAt.has(key);
      retiredAt.add(key);
      if (!p.labelled) continue;
    }
    const span = extent(p, text, pxPerMs, domain[0]);
    const lanes = taken.get(p.row) ?? [[], [], [], []];
    taken.set(p.row, lanes);
    const order = [0, 1, 2, 3] as const;
    const free = order.find((lane) => overlap(lanes[lane]!, span) === 0);
    p.labelLane = free ?? [...order].sort((a, b) => overlap(lanes[a]!, span) - overlap(lanes[b]!, span))[0]!;
    lanes[p.labelLane]!.push(span);
  }
}
