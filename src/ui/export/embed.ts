/**
 * Embedding a chart: /embed/<chart id> with the page's own URL state draws that chart alone. Only the charts of
 * /compare are embeddable (their whole state is in the URL; other pages draw from data the URL does not name).
 */
const EMBEDDABLE_PAGES = new Set(['/compare']);

/** The address of the chart as shown, embedded: `https://host/embed/max-clip-length?systems=veo&scale=log`. */
export function embedUrl(pageUrl: string, chartId: string): string | null {
  const url = new URL(pageUrl);
  if (!EMBEDDABLE_PAGES.has(url.pathname)) return null;
  return `${url.origin}/embed/${encodeURIComponent(chartId)}${url.search}`;
}

const escapeAttr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML to paste into a page: an iframe of the embedded chart, titled for screen readers. */
export function embedSnippet(src: string, title: string, height = 560): string {
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(`${title} (Genscope)`)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
