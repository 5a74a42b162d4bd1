import type { Palette } from './exportTheme';
import { legendSvg } from './legendSvg';
import type { LegendEntry, SvgBlock } from './parts';
import { HatchDefs } from './svgDefs';
import { escapeXml, wrapText, type Measure } from './svgText';

/** The text of an exported image, every part as data. */
export interface ExportText {
  title: string;
  subtitle?: string;
  legend: readonly LegendEntry[];
  notes: readonly string[];
  /** "Sources: A; B", or null when the chart cites none. */
  sourcesLine: string | null;
  /** "Genscope · dataset v2.0.0 of 26 Nov 2026 · https://… · 27 Nov 2026" */
  footer: string;
  /** Said instead of the chart when there is nothing to draw. */
  empty: string | null;
}

export interface SvgStyle {
  palette: Palette;
  family: string;
  measure: Measure;
}

const PAD = 24;
const MIN_WIDTH = 320;

/**
 * A standalone SVG of a chart: background, title, subtitle, legend, the chart (or what says there is nothing to
 * draw), its notes, the sources line and the footer, top to bottom. A pure layout of the parts it is given: no
 * stylesheet, no external reference, nothing read from the page; it opens in a browser and a vector editor.
 */
export function composeExportSvg(text: ExportText, chart: SvgBlock | null, style: SvgStyle): string {
  const { palette, family, measure } = style;
  const hatches = new HatchDefs();
  const width = Math.round(Math.max(chart?.width ?? 0, MIN_WIDTH) + PAD * 2);
  const inner = width - PAD * 2;
  const parts: string[] = [];
  let y = PAD;

  const block = (content: string | readonly string[], size: number, fill: string, weight = 400, gap = 0) => {
    const lines = (typeof content === 'string' ? [content] : content).flatMap((c) =>
      wrapText(c, inner, (s) => measure(s, size, weight)),
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

  if (text.empty === null) {
    const legend = legendSvg(text.legend, { left: PAD, top: y + 10, width: inner }, { ...style, hatches });
    parts.push(legend.markup);
    y += legend.height + (legend.height ? 10 : 8);
  }
  if (chart && text.empty === null) {
    parts.push(chart.svg(PAD, y));
    y += chart.height;
  } else if (text.empty !== null) {
    block(text.empty, 14, palette.muted, 400, 12);
  }

  if (text.notes.length)
    block(
      text.notes.map((n) => `* ${n}`),
      12,
      palette.muted,
      400,
      10,
    );
  if (text.sourcesLine) block(text.sourcesLine, 12, palette.muted, 400, 8);
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
