import { escapeXml } from './svgText';

const ascentRatios = new Map<string, number>();

/** Where the baseline sits in a line box of this font, as a share of the box height (canvas-measured). */
function ascentRatio(font: string): number {
  let ratio = ascentRatios.get(font);
  if (ratio === undefined) {
    const m = document.createElement('canvas').getContext('2d');
    if (m) m.font = font;
    const metrics = m?.measureText('Hg');
    const asc = metrics?.fontBoundingBoxAscent ?? 0;
    const desc = metrics?.fontBoundingBoxDescent ?? 0;
    ratio = asc + desc > 0 ? asc / (asc + desc) : 0.8;
    ascentRatios.set(font, ratio);
  }
  return ratio;
}

interface Line {
  left: number;
  top: number;
  height: number;
  text: string;
}

/**
 * A text node as SVG <text> lines, at the positions the browser laid them out (one per rendered line,
 * found by measuring each character; collapsed spaces have no box and drop out, a soft hyphen at a line
 * break becomes "-").
 */
export function textToSvg(node: Text, style: CSSStyleDeclaration, origin: { left: number; top: number }): string {
  const data = node.data;
  const range = document.createRange();
  const lines: Line[] = [];
  let line: Line | null = null;
  for (let i = 0; i < data.length; i++) {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    // A character's last box is where it is drawn (Chromium also reports a hyphen's box before a character that
    // follows a soft hyphen at a line break); a soft hyphen has a box of its own width only where it breaks.
    const boxes = [...range.getClientRects()];
    const shy = data[i] === '\u00ad';
    const box = shy ? boxes.find((b) => b.width > 0) : boxes.at(-1);
    if (!box || box.width === 0) continue;
    const ch = shy ? '-' : (data[i] ?? '');
    if (!line || Math.abs(box.top - line.top) > box.height / 2) {
      if (/\s/.test(ch)) continue; // a line does not start with a space
      line = { left: box.left, top: box.top, height: box.height, text: '' };
      lines.push(line);
    }
    line.text += ch;
  }
  const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const ratio = ascentRatio(font);
  return lines
    .map((l) => {
      const x = (l.left - origin.left).toFixed(1);
      const y = (l.top - origin.top + l.height * ratio).toFixed(1);
      return `<text x="${x}" y="${y}" font-family="${escapeXml(style.fontFamily)}" font-size="${style.fontSize}" font-weight="${style.fontWeight}" font-style="${style.fontStyle}" fill="${escapeXml(style.color)}">${escapeXml(l.text.replace(/\s+/g, ' ').trimEnd())}</text>`;
    })
    .join('');
}
