/** URL state of /compare. The compare issue fills this in (selected systems, versions, as-of date …). */
export type CompareSearch = Record<string, never>;

export function validateCompareSearch(): CompareSearch {
  return {};
}
