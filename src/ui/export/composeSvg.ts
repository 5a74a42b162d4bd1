import { htmlToSvg } from './htmlToSvg';
import { cloneWithInlineStyles } from './inlineStyles';
import { legendToSvg, readLegend } from './legend';
import { HatchDefs } from './svgDefs';
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

/** The caveats under the chart, one per list item. */
function readNotes(frame: Element): string[] {
  const items = [...frame.querySelectorAll('.chart-frame__notes li')].map((li) => li.textContent?.trim() ?? '');
  const whole = frame.querySelector('.chart-frame__notes')?.textContent?.trim();
  return (items.length ? items : whole ? [whole] : []).filter(Boolean);
}

/** Rebuilt or drawn elsewhere, so not drawn again from the HTML. */
const skipInHtml = (el: Element) =>
  el.matches('.legend, .chart-scroll__hint, .recharts-legend-wrapper, [data-export-ignore]');

/** The chart as SVG markup: its own <svg> with styles inlined, or its HTML drawn as shapes and text. */
function chartMarkup(frame: Element, hatches: HatchDefs) {
  const svg = chartSvg(frame);
  if (svg) {
    const { width } = svg.getBoundingClientRect();
    const height = heightAboveLegend(svg);
    const clone = cloneWithInlineStyles(svg);
    clone.setAttribute('width', String(width));
    clone.setAttribute('height', String(height));
    clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
    return { width, height, place: (x: number, y: number) => placeSvg(clone, x, y) };
  }
  const body =
    frame.querySelector<HTMLElement>('[data-chart-body]') ?? frame.querySelector<HTMLElement>('.chart-frame__body');
  if (!body) return { width: 0, height: 0, place: () => '' };
  const drawn = htmlToSvg(body, skipInHtml, hatches);
  return {
    width: drawn.width,
    height: drawn.height,
    place: (x: number, y: number) => `<g transform="translate(${x} ${y})">${drawn.markup}</g>`,
  };
}

/**
 * The chart's height without the room recharts keeps at the bottom of its SVG for its HTML legend (the export
 * draws the legend above the chart instead).
 */
function heightAboveLegend(svg: SVGSVGElement): number {
  const box = svg.getBoundingClientRect();
  const legend = svg.parentElement?.querySelector('.recharts-legend-wrapper')?.getBoundingClientRect();
  return legend && legend.top > box.top + box.height / 2 && legend.top < box.bottom ? legend.top - box.top : box.height;
}

function placeSvg(clone: SVGSVGElement, x: number, y: number): string {
  clone.setAttribute('x', String(x));
  clone.setAttribute('y', String(y));
  clone.removeAttribute('style');
  return new XMLSerializer().serializeToString(clone);
}

/**
 * A standalone SVG of a chart frame: background, title, subtitle, legend, the chart with inlined styles, its
 * notes, the sources line and a footer. No stylesheet, no external reference: it opens in a browser and a vector
 * editor.
 */
export function composeSvg(frame: Element, text: ExportText, palette: Palette): string {
  const family = getComputedStyle(frame).fontFamily || FONT;
  const hatches = new HatchDefs();
  const chart = chartMarkup(frame, hatches);
  const width = Math.round(Math.max(chart.width, 320) + PAD * 2);
  const inner = width - PAD * 2;
  const parts: string[] = [];
  let y = PAD;

  const block = (content: string | string[], size: number, fill: string, weight = 400, gap = 0) => {
    const lines = (Array.isArray(content) ? content : [content]).flatMap((c) =>
      wrapText(c, inner, (s) => textWidth(s, size, family, weight)),
    );
    const lineHeight = Math.round(size * 1.35);
    lines.forEach((line, i) => {
      parts.push(
        `<text x="${PAD}" y="${y + gap + size + i * lineHeight}" font-family="${escapeXml(family)}" font-size="${size}" font-weight="${weight}" fill="${escapeXml(fill)}">${escapeXml(line)}</text>`,
      );
    });
    y += gap + lines.length * lineHeight;
  };

  block(text.title, 20, palette.text, 700);
  if (text.subtitle) block(text.subtitle, 14, palette.muted, 400, 2);

  const legend = legendToSvg(readLegend(frame), PAD, y + 10, inner, { family, fill: palette.text }, hatches);
  parts.push(legend.markup);
  y += legend.height + (legend.height ? 10 : 8);

  parts.push(chart.place(PAD, y));
  y += chart.height;

  const notes = readNotes(frame);
  if (notes.length) block(notes, 12, palette.muted, 400, 10);
  block(text.sourcesLine, 12, palette.muted, 400, 8);
  block(text.footer, 11, palette.muted, 400, 4);

  const height = Math.round(y + PAD);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(text.title)}</title>`,
    hatches.markup(),
    `<rect width="100%" height="100%" fill="${escapeXml(palette.background)}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
