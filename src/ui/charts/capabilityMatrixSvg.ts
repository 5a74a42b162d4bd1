/** The capability matrix as SVG, laid out from its rows (on screen it is an HTML table). Pure: no DOM. */
import type { Palette } from '../export/exportTheme';
import type { SvgBlock } from '../export/parts';
import { escapeXml, EXPORT_FONT, wrapText, type Measure } from '../export/svgText';
import { CAPABILITIES, type CapabilityMatrix, type MatrixCell } from './capabilityMatrix';
import { UNKNOWN_COLOR } from './legendKeys';

const PAD = 6;
const BODY = 13;
const HEAD = 12;
const LINE = 18;
const HATCH_ID = 'matrix-not-disclosed';

const text = (x: number, y: number, size: number, fill: string, content: string, weight = 400) =>
  `<text x="${x}" y="${y}" font-family="${escapeXml(EXPORT_FONT)}" font-size="${size}" font-weight="${weight}" fill="${escapeXml(fill)}">${escapeXml(content)}</text>`;

/**
 * A column header in lines that fit, broken between words, after a hyphen, or at a soft hyphen
 * (which then shows as "-"), as the HTML table's header breaks.
 */
export function headerLines(label: string, fits: (line: string) => boolean): string[] {
  const tokens = label.match(/[^\s\u00ad-]+-?\u00ad?|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const soft = token.endsWith('\u00ad');
    const word = soft ? token.slice(0, -1) : token;
    if (line && /\S/.test(word) && !fits(line + word)) {
      lines.push(line.trimEnd());
      line = '';
    }
    if (!line && !/\S/.test(word)) continue;
    line += word;
    if (soft) line += '\u00ad';
  }
  if (line) lines.push(line);
  // A soft hyphen at the end of a line is drawn as "-"; elsewhere it is not drawn.
  return lines.map((l) => l.replace(/\u00ad$/, '-').replace(/\u00ad/g, ''));
}

/** One cell: its mark (filled yes, hollow no, hatched not disclosed) or value, its words and its caveat mark. */
function cellSvg(cell: MatrixCell, color: string, x: number, mid: number, palette: Palette, measure: Measure) {
  const parts: string[] = [];
  let at = x;
  if (cell.kind === 'yes') parts.push(`<circle cx="${at + 7}" cy="${mid}" r="7" fill="${escapeXml(color)}"/>`);
  if (cell.kind === 'no')
    parts.push(`<circle cx="${at + 7}" cy="${mid}" r="6" fill="none" stroke="${palette.muted}" stroke-width="2"/>`);
  if (cell.kind === 'not-disclosed')
    parts.push(
      `<rect x="${at + 0.5}" y="${mid - 6.5}" width="13" height="13" rx="3" fill="url(#${HATCH_ID})" stroke="${UNKNOWN_COLOR}"/>`,
    );
  if (cell.kind === 'yes' || cell.kind === 'no') at += 19;
  if (cell.kind !== 'not-disclosed') {
    parts.push(text(at, mid + BODY * 0.35, BODY, palette.text, cell.text));
    at += measure(cell.text, BODY, 400) + 2;
  }
  if (cell.note && cell.kind !== 'not-disclosed') parts.push(text(at, mid + BODY * 0.35, BODY, palette.muted, '*'));
  return parts.join('');
}

export function capabilityMatrixSvg(
  matrix: CapabilityMatrix,
  width: number,
  palette: Palette,
  measure: Measure,
): SvgBlock {
  const first = Math.min(Math.max(144, width * 0.28), 240);
  const column = (width - first) / CAPABILITIES.length;
  const xOf = (i: number) => first + i * column;
  const parts: string[] = [];
  const rule = (y: number) => `<line x1="0" y1="${y}" x2="${width}" y2="${y}" stroke="${palette.border}"/>`;

  const labels = ['Version', ...CAPABILITIES.map((c) => c.label.replace('Personalisation', 'Personal\u00adisation'))];
  const heads = labels.map((label, i) => {
    const room = (i === 0 ? first : column) - PAD * 2;
    return headerLines(label, (line) => measure(line.replace(/\u00ad/g, '-'), HEAD, 600) <= room);
  });
  const headHeight = Math.max(...heads.map((l) => l.length)) * 16 + PAD * 2;
  heads.forEach((lines, i) => {
    const top = headHeight / 2 - (lines.length * 16) / 2;
    const x = i === 0 ? PAD : xOf(i - 1) + PAD;
    lines.forEach((line, j) => parts.push(text(x, top + 12 + j * 16, HEAD, palette.muted, line, 600)));
  });
  parts.push(rule(headHeight - 0.5));

  let y = headHeight;
  for (const row of matrix.rows) {
    const lines = wrapText(row.label, first - PAD * 2 - 18, (s) => measure(s, BODY, 500));
    const height = lines.length * LINE + PAD * 2 + 2;
    const mid = y + height / 2;
    parts.push(`<rect x="${PAD}" y="${mid - 6}" width="12" height="12" rx="3" fill="${escapeXml(row.color)}"/>`);
    lines.forEach((line, j) =>
      parts.push(text(PAD + 18, mid - (lines.length * LINE) / 2 + 13 + j * LINE, BODY, palette.text, line, 500)),
    );
    CAPABILITIES.forEach((c, i) =>
      parts.push(cellSvg(row.cells[c.key], row.color, xOf(i) + PAD, mid, palette, measure)),
    );
    y += height;
    parts.push(rule(y - 0.5));
  }

  const defs = `<defs><pattern id="${HATCH_ID}" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="2" height="5" fill="${UNKNOWN_COLOR}"/></pattern></defs>`;
  return {
    width,
    height: y,
    svg: (x, top) =>
      `<svg x="${x}" y="${top}" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}">${defs}${parts.join('')}</svg>`,
  };
}
