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

/** What an embedded chart page posts to the page framing it, whenever its height changes. */
export const EMBED_HEIGHT_MESSAGE = 'genscope:embed-height';

/**
 * The HTML to paste into a page: an iframe of the embedded chart, titled for screen readers, and a one-line
 * script that sets the frame's height to the chart's as the chart reports it (a chart is taller on a phone, and
 * its notes would scroll inside a fixed frame). It trusts only messages from the chart's own origin and from its
 * own frame, and keeps the height within 200-4,000 px. Where a site strips scripts, the frame keeps `height`.
 */
export function embedSnippet(src: string, title: string, height = 560): string {
  const origin = JSON.stringify(new URL(src).origin);
  const iframe = `<iframe src="${escapeAttr(src)}" title="${escapeAttr(`${title} (Genscope)`)}" width="100%" height="${height}" style="border:0" loading="lazy" data-genscope-embed></iframe>`;
  const script = `<script>addEventListener("message",function(e){var d=e.data;if(e.origin!==${origin}||!d||d.type!=="${EMBED_HEIGHT_MESSAGE}")return;document.querySelectorAll("iframe[data-genscope-embed]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.min(Math.max(+d.height||0,200),4000)+"px"})})</script>`;
  return `${iframe}\n${script}`;
}
