/**
 * Plain, readable query strings for the router: `?company=meta,openai&type=release&from=2024-01&q=veo`
 * instead of JSON. Parsing yields strings (a repeated key yields a string array); each route's validateSearch
 * turns them into typed values and drops what it cannot read.
 */
export type RawSearch = Record<string, string | string[]>;

export function parseSearch(search: string): RawSearch {
  const out: RawSearch = {};
  for (const [key, value] of new URLSearchParams(search)) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.map(String).join(','));
    } else if (typeof value === 'object') {
      params.set(key, JSON.stringify(value));
    } else params.set(key, String(value));
  }
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
