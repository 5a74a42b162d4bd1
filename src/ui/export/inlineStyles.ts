/** Presentation properties an SVG needs to look the same outside the page (no stylesheet, no CSS variables). */
const PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'visibility',
] as const;

/** Clones an on-screen SVG with every element's computed presentation written as attributes. */
export function cloneWithInlineStyles(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((el, i) => {
    const copy = copies[i];
    if (!copy) return;
    const style = getComputedStyle(el);
    if (style.display === 'none') {
      copy.remove();
      return;
    }
    for (const prop of PROPS) {
      const value = style.getPropertyValue(prop);
      if (value && !value.includes('var(')) copy.setAttribute(prop, value);
    }
    copy.removeAttribute('class');
    copy.removeAttribute('style');
    copy.removeAttribute('tabindex');
  });
  return clone;
}
