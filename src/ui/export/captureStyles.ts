const sides = (prefix: string, suffix = '') =>
  ['top', 'right', 'bottom', 'left'].map((side) => `${prefix}-${side}${suffix}`);

/**
 * The CSS properties a PNG capture copies from each element of a chart frame. html-to-image copies all of them
 * (about 480) by default, which made a 2x export take over 200 ms; these are the ones a frame's layout and
 * paint depend on (boxes, flex/grid/table layout, text, colours, backgrounds). Anything else takes its
 * initial or inherited value in the image.
 */
export const CAPTURE_STYLE_PROPERTIES: string[] = [
  'display',
  'position',
  ...['top', 'right', 'bottom', 'left'],
  'z-index',
  'box-sizing',
  ...['width', 'height', 'min-width', 'min-height', 'max-width', 'max-height'],
  ...sides('margin'),
  ...sides('padding'),
  ...sides('border', '-width'),
  ...sides('border', '-style'),
  ...sides('border', '-color'),
  ...['top-left', 'top-right', 'bottom-right', 'bottom-left'].map((c) => `border-${c}-radius`),
  ...['border-collapse', 'border-spacing', 'table-layout', 'caption-side'],
  ...['background-color', 'background-image', 'background-size', 'background-position', 'background-repeat'],
  ...['background-clip', 'background-origin'],
  ...['color', 'opacity', 'visibility', 'overflow-x', 'overflow-y', 'clip-path', 'transform', 'transform-origin'],
  ...['font-family', 'font-size', 'font-weight', 'font-style', 'font-stretch', 'font-variant-numeric'],
  ...['font-feature-settings', 'line-height', 'letter-spacing', 'word-spacing'],
  ...['text-align', 'text-indent', 'text-transform', 'text-overflow', 'text-shadow', 'vertical-align'],
  ...['text-decoration-line', 'text-decoration-color', 'text-decoration-style', 'text-decoration-thickness'],
  'text-underline-offset',
  ...['white-space-collapse', 'text-wrap-mode', 'word-break', 'overflow-wrap', 'hyphens', 'tab-size'],
  ...['flex-direction', 'flex-wrap', 'flex-grow', 'flex-shrink', 'flex-basis', 'order'],
  ...['justify-content', 'justify-items', 'justify-self', 'align-content', 'align-items', 'align-self'],
  ...['row-gap', 'column-gap', 'grid-template-columns', 'grid-template-rows', 'grid-auto-flow'],
  ...['grid-column-start', 'grid-column-end', 'grid-row-start', 'grid-row-end'],
  ...['list-style-type', 'list-style-position', 'list-style-image', 'content', 'box-shadow'],
  ...['fill', 'stroke', 'stroke-width', 'paint-order', 'color-scheme'],
];
