/** URL state of /timeline. The timeline issue fills this in (company, system, type, from, to, q …). */
export type TimelineSearch = Record<string, never>;

export function validateTimelineSearch(): TimelineSearch {
  return {};
}
