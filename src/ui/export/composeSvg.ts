import { cloneWithInlineStyles } from './inlineStyles';
import { escapeXml, textWidth, wrapText } from './svgText';

export interface ExportText {
  title: string;
  subtitle?: string;
  sourcesLine: string;
  /** "Genscope · https://… · 26 Nov 2026" */
  footer: string;
}

export interface Palette {
  background: string;
  text: string;
  muted: string;
}

interface LegendItem {
  label: string;
  color: string;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";
const PAD = 24;

/** The chart's own SVG (not a legend icon), or null when the frame shows a table or HTML. */
export function chartSvg(frame: Element): SVGSVGElement | null {
  const body = frame.querySelector('[data-chart-body]');
  const all = body ? [...body.querySelectorAll('svg')] : [];
  return (
    all.find(
      (svg) => !svg.closest('.recharts-legend-wrapper, [data-legend]') && svg.getBoundingClientRect().width > 40,
    ) ?? null
  );
}

/** Legend entries as drawn on screen: recharts' HTML legend, or items marked data-legend-color. */
export function readLegend(frame: Element): LegendItem[] {
  const items: LegendItem[] = [];
  frame.querySelectorAll('.recharts-legend-item').forEach((item) => {
    const text = item.querySelector('.recharts-legend-item-text');
    const icon = item.querySelector('svg path, svg rect, svg line');
    const color = (icon && getComputedStyle(icon).fill) || (text && getComputedStyle(text).color) || '#888';
    items.push({ label: (text ?? item).textContent?.trim() ?? '', color: color === 'none' ? '#888' : color });
  });
  frame.querySelectorAll<HTMLElement>('[data-legend-color]').forEach((item) => {
    items.push({ label: item.textContent?.trim() ?? '', color: item.dataset.legendColor ?? '#888' });
  });
  return items.filter((i) => i.label);
}

function textLines(lines: string[], x: number, y: number, size: number, fill: string, weight = 400): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${y + i * size * 1.35}" font-family="${escapeXml(FONT)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`,
    )
    .join('');
}

/**
 * A standalone SVG of a chart frame: background, title, subtitle, legend, the chart with inlined styles, the
 * sources line and a footer. No stylesheet, no external reference: it opens in a browser and a vector editor.
 */
export function composeSvg(frame: Element, text: ExportText, palette: Palette): string {
  const svg = chartSvg(frame);
  const chartW = svg ? svg.getBoundingClientRect().width : 640;
  const chartH = svg ? svg.getBoundingClientRect().height : 0;
  const width = Math.round(Math.max(chartW, 320) + PAD * 2);
  const inner = width - PAD * 2;
  const measure =
    (size: number, weight = 400) =>
    (s: string) =>
      textWidth(s, size, FONT, weight);
  const parts: string[] = [];
  let y = PAD + 18;

  const title = wrapText(text.title, inner, measure(20, 700));
  parts.push(textLines(title, PAD, y, 20, palette.text, 700));
  y += title.length * 27;
  if (text.subtitle) {
    const sub = wrapText(text.subtitle, inner, measure(14));
    parts.push(textLines(sub, PAD, y, 14, palette.muted));
    y += sub.length * 19;
  }

  const legend = readLegend(frame);
  if (legend.length) {
    let x = PAD;
    y += 4;
    for (const item of legend) {
      const w = 18 + textWidth(item.label, 13, FONT) + 16;
      if (x + w > width - PAD && x > PAD) {
        x = PAD;
        y += 20;
      }
      parts.push(`<rect x="${x}" y="${y - 10}" width="12" height="12" rx="2" fill="${escapeXml(item.color)}"/>`);
      parts.push(textLines([item.label], x + 18, y, 13, palette.text));
      x += w;
    }
    y += 14;
  }

  if (svg) {
    const clone = cloneWithInlineStyles(svg);
    clone.setAttribute('x', String(PAD));
    clone.setAttribute('y', String(y));
    clone.setAttribute('width', String(chartW));
    clone.setAttribute('height', String(chartH));
    clone.removeAttribute('style');
    parts.push(new XMLSerializer().serializeToString(clone));
    y += chartH + 12;
  }

  const sources = wrapText(text.sourcesLine, inner, measure(12));
  parts.push(textLines(sources, PAD, y + 12, 12, palette.muted));
  y += sources.length * 16 + 8;
  const footer = wrapText(text.footer, inner, measure(11));
  parts.push(textLines(footer, PAD, y + 12, 11, palette.muted));
  y += footer.length * 15 + PAD;

  const height = Math.round(y);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<rect width="100%" height="100%" fill="${escapeXml(palette.background)}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
