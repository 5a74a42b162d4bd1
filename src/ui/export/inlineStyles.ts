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

type Presentation = Map<string, string> | null;

/** An element's computed presentation; null when it is not drawn at all. */
function presentationOf(el: Element): Presentation {
  const style = getComputedStyle(el);
  if (style.display === 'none') return null;
  const values = new Map<string, string>();
  for (const prop of PROPS) {
    const value = style.getPropertyValue(prop);
    if (value && !value.includes('var(')) values.set(prop, value);
  }
  return values;
}

/**
 * The attributes to write: all of them, or with the parent's presentation given, only what differs from it
 * (every property but opacity is inherited), which keeps a standalone SVG small.
 */
function attributesOf(own: Map<string, string>, parent?: Presentation): [string, string][] {
  if (!parent) return [...own];
  return [...own].filter(([prop, value]) => (prop === 'opacity' ? value !== '1' : parent.get(prop) !== value));
}

function apply(copy: Element, attributes: [string, string][] | null) {
  if (!attributes) {
    copy.remove();
    return;
  }
  for (const [prop, value] of attributes) copy.setAttribute(prop, value);
  copy.removeAttribute('class');
  copy.removeAttribute('style');
  copy.removeAttribute('tabindex');
}

const withDescendants = (svg: SVGSVGElement): Element[] => [svg, ...svg.querySelectorAll('*')];

/** Clones an on-screen SVG with every element's computed presentation written as attributes (what it inherits
 * from its parent is left out). */
export function cloneWithInlineStyles(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = withDescendants(svg);
  const copies = withDescendants(clone);
  const styles = new Map(originals.map((el) => [el, presentationOf(el)]));
  originals.forEach((el, i) => {
    const copy = copies[i];
    const own = styles.get(el);
    const parent = el === svg || !el.parentElement ? undefined : styles.get(el.parentElement);
    if (copy) apply(copy, own ? attributesOf(own, parent) : null);
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
  elements.forEach((el, i) => {
    const own = styles[i];
    apply(el, own ? attributesOf(own) : null);
  });
}
