import { paletteColor, type Palette } from './exportTheme';
import type { LegendEntry } from './parts';
import type { HatchDefs } from './svgDefs';
import { escapeXml, type Measure } from './svgText';

const ROW = 20;
const KEY = 12;

function keySvg(entry: LegendEntry, color: string, x: number, y: number, hatches: HatchDefs): string {
  const c = escapeXml(color);
  switch (entry.mark) {
    case 'dot':
      return `<circle cx="${x + 6}" cy="${y + 6}" r="6" fill="${c}"/>`;
    case 'ring':
      return `<circle cx="${x + 6}" cy="${y + 6}" r="5" fill="none" stroke="${c}" stroke-width="2"/>`;
    case 'hatch':
      return `<rect x="${x + 0.5}" y="${y + 0.5}" width="11" height="11" rx="2" fill="${hatches.fill(color)}" stroke="${c}"/>`;
    case 'cross':
      return `<path d="M${x + 2} ${y + 2}L${x + 10} ${y + 10}M${x + 10} ${y + 2}L${x + 2} ${y + 10}" stroke="${c}" stroke-width="2"/>`;
    default:
      return `<rect x="${x}" y="${y}" width="${KEY}" height="${KEY}" rx="2" fill="${c}"/>`;
  }
}

/** Where each legend key goes: rows from (left, top) that wrap at maxWidth. */
export function layoutLegend(
  entries: readonly LegendEntry[],
  left: number,
  top: number,
  maxWidth: number,
  measure: Measure,
): { placed: { entry: LegendEntry; x: number; y: number }[]; height: number } {
  if (!entries.length) return { placed: [], height: 0 };
  const placed: { entry: LegendEntry; x: number; y: number }[] = [];
  let [x, y] = [left, top];
  for (const entry of entries) {
    const w = 18 + measure(entry.label, 13, 400) + 16;
    if (x + w > left + maxWidth && x > left) [x, y] = [left, y + ROW];
    placed.push({ entry, x, y });
    x += w;
  }
  return { placed, height: y - top + ROW };
}

/** The legend as SVG: each key's mark and its label, in the palette's colours. */
export function legendSvg(
  entries: readonly LegendEntry[],
  box: { left: number; top: number; width: number },
  style: { family: string; palette: Palette; measure: Measure; hatches: HatchDefs },
): { markup: string; height: number } {
  const { placed, height } = layoutLegend(entries, box.left, box.top, box.width, style.measure);
  const family = escapeXml(style.family);
  const fill = escapeXml(style.palette.text);
  const markup = placed
    .map(
      ({ entry, x, y }) =>
        keySvg(entry, paletteColor(entry.color, style.palette), x, y + 2, style.hatches) +
        `<text x="${x + 18}" y="${y + 12}" font-family="${family}" font-size="13" fill="${fill}">${escapeXml(entry.label)}</text>`,
    )
    .join('');
  return { markup, height };
}
