import { gradientInk, isVisibleColor, type HatchDefs } from './svgDefs';
import { escapeXml, textWidth } from './svgText';

export type LegendShape = 'square' | 'circle' | 'ring' | 'hatch';

export interface LegendItem {
  label: string;
  color: string;
  shape: LegendShape;
}

/** A swatch's look from its computed style: filled square, filled or hollow circle, or hatched. */
function swatchOf(swatch: Element | null): { color: string; shape: LegendShape } {
  if (!swatch) return { color: '#888', shape: 'square' };
  const s = getComputedStyle(swatch);
  const ink = gradientInk(s.backgroundImage);
  if (ink) return { color: ink, shape: 'hatch' };
  const round = s.borderTopLeftRadius.endsWith('%') && parseFloat(s.borderTopLeftRadius) >= 50;
  if (isVisibleColor(s.backgroundColor)) return { color: s.backgroundColor, shape: round ? 'circle' : 'square' };
  return { color: s.borderTopColor, shape: round ? 'ring' : 'square' };
}

/**
 * Legend entries as drawn on screen: the charts' own legend (`.legend`), recharts' HTML legend, or items
 * marked data-legend-color.
 */
export function readLegend(frame: Element): LegendItem[] {
  const items: LegendItem[] = [];
  frame.querySelectorAll('[data-chart-body] .legend li').forEach((li) => {
    items.push({ label: li.textContent?.trim() ?? '', ...swatchOf(li.querySelector('.legend__swatch')) });
  });
  frame.querySelectorAll('.recharts-legend-item').forEach((item) => {
    const text = item.querySelector('.recharts-legend-item-text');
    const icon = item.querySelector('svg path, svg rect, svg line');
    const color = (icon && getComputedStyle(icon).fill) || (text && getComputedStyle(text).color) || '#888';
    items.push({
      label: (text ?? item).textContent?.trim() ?? '',
      color: color === 'none' ? '#888' : color,
      shape: 'square',
    });
  });
  frame.querySelectorAll<HTMLElement>('[data-legend-color]').forEach((item) => {
    items.push({ label: item.textContent?.trim() ?? '', color: item.dataset.legendColor ?? '#888', shape: 'square' });
  });
  return items.filter((i) => i.label);
}

function swatchSvg(item: LegendItem, x: number, y: number, hatches: HatchDefs): string {
  const color = escapeXml(item.color);
  switch (item.shape) {
    case 'circle':
      return `<circle cx="${x + 6}" cy="${y + 6}" r="6" fill="${color}"/>`;
    case 'ring':
      return `<circle cx="${x + 6}" cy="${y + 6}" r="5" fill="none" stroke="${color}" stroke-width="2"/>`;
    case 'hatch':
      return `<rect x="${x + 0.5}" y="${y + 0.5}" width="11" height="11" rx="2" fill="${hatches.fill(item.color)}" stroke="${color}"/>`;
    default:
      return `<rect x="${x}" y="${y}" width="12" height="12" rx="2" fill="${color}"/>`;
  }
}

/** The legend laid out in rows that wrap at maxWidth; returns the markup and the height it takes. */
export function legendToSvg(
  items: readonly LegendItem[],
  left: number,
  top: number,
  maxWidth: number,
  font: { family: string; fill: string },
  hatches: HatchDefs,
): { markup: string; height: number } {
  if (!items.length) return { markup: '', height: 0 };
  const parts: string[] = [];
  const rowHeight = 20;
  let x = left;
  let y = top;
  for (const item of items) {
    const w = 18 + textWidth(item.label, 13, font.family) + 16;
    if (x + w > left + maxWidth && x > left) {
      x = left;
      y += rowHeight;
    }
    parts.push(swatchSvg(item, x, y + 2, hatches));
    parts.push(
      `<text x="${x + 18}" y="${y + 12}" font-family="${escapeXml(font.family)}" font-size="13" fill="${escapeXml(font.fill)}">${escapeXml(item.label)}</text>`,
    );
    x += w;
  }
  return { markup: parts.join(''), height: y - top + rowHeight };
}
