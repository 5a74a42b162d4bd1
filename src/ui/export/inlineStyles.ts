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
  'paint-order',
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

type Presentation = [string, string][] | null;

/** An element's computed presentation as attribute pairs; null when it is not drawn at all. */
function presentationOf(el: Element): Presentation {
  const style = getComputedStyle(el);
  if (style.display === 'none') return null;
  const pairs: [string, string][] = [];
  for (const prop of PROPS) {
    const value = style.getPropertyValue(prop);
    if (value && !value.includes('var(')) pairs.push([prop, value]);
  }
  return pairs;
}

function apply(copy: Element, pairs: Presentation) {
  if (!pairs) {
    copy.remove();
    return;
  }
  for (const [prop, value] of pairs) copy.setAttribute(prop, value);
  copy.removeAttribute('class');
  copy.removeAttribute('style');
  copy.removeAttribute('tabindex');
}

const withDescendants = (svg: SVGSVGElement): Element[] => [svg, ...svg.querySelectorAll('*')];

/** Clones an on-screen SVG with every element's computed presentation written as attributes. */
export function cloneWithInlineStyles(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const copies = withDescendants(clone);
  withDescendants(svg).forEach((el, i) => {
    const copy = copies[i];
    if (copy) apply(copy, presentationOf(el));
  });
  return clone;
}

/**
 * Writes the computed presentation of an SVG's elements (in the document) onto them: all read first, then all
 * written, since removing a class would change what its descendants' selectors match. The <svg> itself keeps its
 * size and style (a DOM capture copies its computed style).
 */
export function inlineSvgStyles(svg: SVGSVGElement): void {
  const elements = [...svg.querySelectorAll('*')];
  const styles = elements.map(presentationOf);
  elements.forEach((el, i) => apply(el, styles[i] ?? null));
}
