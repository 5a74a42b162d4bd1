/** The requests the contract suite sends to both implementations, with what each must answer. */

const API = '/api/v1';

/** Answered 200 by both, with the same body. */
export const GOOD = [
  `${API}/meta`,
  `${API}/companies`,
  `${API}/systems`,
  `${API}/systems/sora`,
  `${API}/systems/so%72a`,
  `${API}/sources`,
  `${API}/openapi.json`,
  `${API}/events`,
  `${API}/events?limit=500`,
  `${API}/events?company=meta&type=partnership`,
  `${API}/events?system=veo,sora&from=2024-06&to=2025-06-15`,
  `${API}/events?company=openai,google&type=release,pricing&limit=3`,
  `${API}/events?q=Vid%C3%A9o&limit=5`,
  `${API}/events?q=%20studio%20licence%20`,
  `${API}/events?company=&system=&type=&from=&to=&q=`,
  `${API}/events?unknown=ignored`,
  `${API}/events?order=oldest&limit=3`,
  `${API}/events?company=meta&type=release&order=newest`,
  `${API}/events?at=2025-06-15`,
  `${API}/events?at=2025-06-15&order=oldest&limit=7`,
  `${API}/events?at=2000-01-01&order=oldest`,
  `${API}/events?at=2099-12-31`,
  `${API}/events?at=2025-03-01&company=meta&type=release&order=oldest&limit=2`,
  `${API}/events?at=`,
  `${API}/events/facets?at=2025-06-15`,
  `${API}/events/facets`,
  `${API}/events/facets?company=meta`,
  `${API}/events/facets?order=oldest`,
  `${API}/events/facets?from=2025-01&to=2025-06&type=release`,
  `${API}/events/facets?company=openai,meta&system=sora&q=video&limit=1`,
];

/** Answered with an error by both: [request, status, code, the message starts with]. */
export const BAD: [string, number, string, string][] = [
  [`${API}/systems/nope`, 404, 'not_found', 'no system with id "nope"'],
  [`${API}/nothing-here`, 404, 'not_found', 'no endpoint GET /api/v1/nothing-here'],
  [`${API}/events/`, 404, 'not_found', 'no endpoint'],
  [`${API}/events/nope`, 404, 'not_found', 'no event with id "nope"'],
  [`${API}/events/a/b`, 404, 'not_found', 'no endpoint'],
  [`${API}/events?order=sideways`, 400, 'invalid_parameter', 'order: '],
  [`${API}/events?order=oldest&order=newest`, 400, 'invalid_parameter', 'order: '],
  [`${API}/events/facets?order=up`, 400, 'invalid_parameter', 'order: '],
  [`${API}/events?from=2025-13-40`, 400, 'invalid_parameter', 'from: '],
  [`${API}/events?to=2025-02-30`, 400, 'invalid_parameter', 'to: '],
  [`${API}/events?from=2025-06&to=2025-01`, 400, 'invalid_parameter', 'from: '],
  [`${API}/events?company=nope`, 400, 'invalid_parameter', 'company: '],
  [`${API}/events?system=midjourney-v9`, 400, 'invalid_parameter', 'system: '],
  [`${API}/events?type=rumour`, 400, 'invalid_parameter', 'type: '],
  [`${API}/events?limit=0`, 400, 'invalid_parameter', 'limit: '],
  [`${API}/events?limit=501`, 400, 'invalid_parameter', 'limit: '],
  [`${API}/events?limit=ten`, 400, 'invalid_parameter', 'limit: '],
  [`${API}/events?cursor=not-ours`, 400, 'invalid_parameter', 'cursor: '],
  [`${API}/events?at=2025-13-01`, 400, 'invalid_parameter', 'at: parameter "at" must be a real date as YYYY-MM-DD'],
  [`${API}/events?at=2025-02-30`, 400, 'invalid_parameter', 'at: '],
  [`${API}/events?at=2025-06`, 400, 'invalid_parameter', 'at: '],
  [`${API}/events?at=yesterday`, 400, 'invalid_parameter', 'at: '],
  [`${API}/events?at=2025-06-01&at=2025-06-02`, 400, 'invalid_parameter', 'at: '],
  [`${API}/events?at=2025-06-01&cursor=${btoa('o:50')}`, 400, 'invalid_parameter', 'at: give "at" or "cursor"'],
  [`${API}/events/facets?at=someday`, 400, 'invalid_parameter', 'at: '],
  [`${API}/events?q=${'x'.repeat(201)}`, 400, 'invalid_parameter', 'q: '],
  [`${API}/events?company=meta&company=google`, 400, 'invalid_parameter', 'company: '],
  [`${API}/events/facets?type=rumour`, 400, 'invalid_parameter', 'type: '],
  [`${API}/events/facets?limit=-1`, 400, 'invalid_parameter', 'limit: '],
];

/** Filters whose every page is walked on both sides. */
export const WALKS = ['', 'company=meta&type=release', 'q=video&from=2025-01'];

/** `/events/{id}` for some events of a dataset (the first, the last, and one percent-encoded). */
export const eventPaths = (ids: readonly string[]): string[] => [
  ...ids.map((id) => `${API}/events/${id}`),
  `${API}/events/${ids[0]!.replace(/^(.)/, (c) => `%${c.charCodeAt(0).toString(16)}`)}`,
];
