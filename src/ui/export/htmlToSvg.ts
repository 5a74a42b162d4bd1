import { textToSvg } from './htmlText';
import { cloneWithInlineStyles } from './inlineStyles';
import { gradientInk, isVisibleColor, type HatchDefs } from './svgDefs';
import { escapeXml } from './svgText';

const px = (v: string) => parseFloat(v) || 0;
const f = (n: number) => n.toFixed(1);

function radius(style: CSSStyleDeclaration, w: number, h: number): number {
  const r = style.borderTopLeftRadius;
  return Math.min(r.endsWith('%') ? (px(r) / 100) * Math.min(w, h) : px(r), w / 2, h / 2);
}

/** An element's background (colour or hatch) and borders as SVG shapes. */
function boxToSvg(
  style: CSSStyleDeclaration,
  r: DOMRect,
  origin: { left: number; top: number },
  hatches: HatchDefs,
): string {
  const [x, y, w, h] = [r.left - origin.left, r.top - origin.top, r.width, r.height];
  const rx = radius(style, w, h);
  const shapes: string[] = [];
  const rect = (fill: string, extra = '') =>
    `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" rx="${f(rx)}" fill="${escapeXml(fill)}"${extra}/>`;
  if (isVisibleColor(style.backgroundColor)) shapes.push(rect(style.backgroundColor));
  const ink = gradientInk(style.backgroundImage);
  if (ink) shapes.push(rect(hatches.fill(ink)));

  const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => ({
    width:
      style.getPropertyValue(`border-${side.toLowerCase()}-style`) === 'none'
        ? 0
        : px(style.getPropertyValue(`border-${side.toLowerCase()}-width`)),
    color: style.getPropertyValue(`border-${side.toLowerCase()}-color`),
  }));
  const drawn = sides.filter((s) => s.width > 0 && isVisibleColor(s.color));
  if (drawn.length === 4 && sides.every((s) => s.width === sides[0]!.width && s.color === sides[0]!.color)) {
    const sw = sides[0]!.width;
    shapes.push(
      `<rect x="${f(x + sw / 2)}" y="${f(y + sw / 2)}" width="${f(w - sw)}" height="${f(h - sw)}" rx="${f(Math.max(0, rx - sw / 2))}" fill="none" stroke="${escapeXml(sides[0]!.color)}" stroke-width="${sw}"/>`,
    );
  } else {
    const [top, right, bottom, left] = sides;
    const line = (s: { width: number; color: string } | undefined, x1: number, y1: number, x2: number, y2: number) =>
      s && s.width > 0 && isVisibleColor(s.color)
        ? `<line x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}" stroke="${escapeXml(s.color)}" stroke-width="${s.width}"/>`
        : '';
    shapes.push(
      line(top, x, y + (top?.width ?? 0) / 2, x + w, y + (top?.width ?? 0) / 2),
      line(right, x + w - (right?.width ?? 0) / 2, y, x + w - (right?.width ?? 0) / 2, y + h),
      line(bottom, x, y + h - (bottom?.width ?? 0) / 2, x + w, y + h - (bottom?.width ?? 0) / 2),
      line(left, x + (left?.width ?? 0) / 2, y, x + (left?.width ?? 0) / 2, y + h),
    );
  }
  return shapes.join('');
}

/** Hidden for the eye: display none, visibility hidden, or the visually-hidden pattern (1 px, clipped). */
function unseen(style: CSSStyleDeclaration, r: DOMRect): boolean {
  return style.display === 'none' || style.visibility === 'hidden' || (r.width <= 1 && r.height <= 1);
}

/**
 * Draws simple HTML (a table of marks and text, as the capability matrix) as SVG shapes and text where the
 * browser laid it out, so that a chart drawn in HTML still exports as a vector image. SVGs inside are copied
 * with their styles inlined.
 */
export function htmlToSvg(root: HTMLElement, skip: (el: Element) => boolean, hatches: HatchDefs) {
  // The drawing starts at the first child that is drawn (a skipped legend above it leaves no gap).
  const box = root.getBoundingClientRect();
  const drawn = [...root.children].filter((c) => !skip(c)).map((c) => c.getBoundingClientRect());
  const top = drawn.length ? Math.min(...drawn.map((r) => r.top)) : box.top;
  const bottom = drawn.length ? Math.max(...drawn.map((r) => r.bottom)) : box.bottom;
  const origin = { left: box.left, top };
  const parts: string[] = [];
  const visit = (el: Element) => {
    if (skip(el)) return;
    const style = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    if (unseen(style, r)) return;
    if (el instanceof SVGSVGElement) {
      const copy = cloneWithInlineStyles(el);
      copy.setAttribute('x', f(r.left - origin.left));
      copy.setAttribute('y', f(r.top - origin.top));
      copy.setAttribute('width', f(r.width));
      copy.setAttribute('height', f(r.height));
      parts.push(new XMLSerializer().serializeToString(copy));
      return;
    }
    if (r.width > 0 && r.height > 0) parts.push(boxToSvg(style, r, origin, hatches));
    for (const child of el.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(textToSvg(child as Text, style, origin));
      else if (child instanceof Element) visit(child);
    }
  };
  visit(root);
  return { markup: parts.join(''), width: box.width, height: Math.max(0, bottom - top) };
}
