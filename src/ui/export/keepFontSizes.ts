/**
 * html-to-image writes every font size as floor(size) − 0.1 px (13.6 px becomes 12.9 px) while keeping each
 * block's measured height, so text in a PNG came out smaller than on screen and blocks kept the height of lines
 * that no longer wrapped. A <style> inside the copy, which the capture carries along, pins each size back.
 */
export function keepFontSizes(copy: HTMLElement): void {
  const sizes = new Set<string>();
  for (const el of [copy, ...copy.querySelectorAll<HTMLElement>('*')]) {
    if (el instanceof SVGElement && !(el instanceof SVGSVGElement)) continue; // inlined as attributes
    const size = getComputedStyle(el).fontSize;
    el.dataset.exportFs = size;
    sizes.add(size);
  }
  const style = document.createElement('style');
  style.textContent = [...sizes].map((s) => `[data-export-fs="${s}"]{font-size:${s}!important}`).join('\n');
  copy.prepend(style);
}
