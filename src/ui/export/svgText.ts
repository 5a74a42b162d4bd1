/** Text helpers for composing an SVG by hand: escaping and greedy line wrapping. */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // eslint-disable-next-line no-control-regex -- removing the control characters XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  ); // not allowed in XML 1.0
}

/** Width of a text run in px at a font size and weight. */
export type Measure = (text: string, fontSize: number, weight: number) => number;

/** The font exported SVGs name, as the page's --font. */
export const EXPORT_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif";

let ctx: CanvasRenderingContext2D | null | undefined;
/** Width of a text run in px: measured with a canvas where there is one, estimated elsewhere. */
export function textWidth(text: string, fontSize: number, fontFamily: string, weight = 400): number {
  if (ctx === undefined) {
    try {
      ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      ctx = null;
    }
  }
  if (!ctx) return text.length * fontSize * 0.56;
  ctx.font = `${weight} ${fontSize}px ${fontFamily}`;
  return ctx.measureText(text).width;
}

/** Splits text into lines no wider than maxWidth (a word longer than a line is cut). */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth || !line) {
      line = candidate;
      while (measure(line) > maxWidth && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && measure(line.slice(0, cut)) > maxWidth) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Measures text in the font exported SVGs name. */
export const measureText: Measure = (text, fontSize, weight) => textWidth(text, fontSize, EXPORT_FONT, weight);
