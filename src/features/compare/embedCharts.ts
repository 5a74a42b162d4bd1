/**
 * The charts of /compare that can be embedded (/embed/<id>), by the id their frame has there. The build
 * prerenders one page per id (build/prerender.ts), carrying the data every view of that chart draws from.
 */
export const EMBED_CHARTS = [
  'max-clip-length',
  'max-resolution',
  'capabilities',
  'price-per-second',
  'length-vs-price',
  'clip-cost',
  'release-chronology',
] as const;

export type EmbedChart = (typeof EMBED_CHARTS)[number];

export const isEmbedChart = (id: string): id is EmbedChart => (EMBED_CHARTS as readonly string[]).includes(id);
