/** URL state of /systems/<id>: `?version=veo-3` opens the page at that version's section. */
import { singleParam } from '../../ui/urlState';

export interface SystemSearch {
  version?: string;
}

/** The route's validateSearch: one version id, or none (an unknown id is said on the page, not dropped). */
export function validateSystemSearch(raw: Record<string, unknown>): SystemSearch {
  return { version: singleParam().parse(raw.version) };
}
