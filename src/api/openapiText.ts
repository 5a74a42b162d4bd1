/**
 * The prose of the OpenAPI document: what the parameters and the facets mean. It is part of the contract, so it
 * says exactly what src/api/ computes (eventFilter.ts, facetsReference.ts are the readable reference).
 */

export const API_DESCRIPTION = `Read-only data API of Genscope: generative image and video systems, their versions
with sourced specs, and the events around them. Served in the browser by the embedded mock (MSW) and by the HTTP
server (\`npm run serve\`); both answer from the same code (\`src/api/\`).

Every answer is JSON. Every error is a non-2xx status with \`{ "error": { "code", "message" } }\`:

| status | code | when |
| --- | --- | --- |
| 400 | \`invalid_parameter\` | a parameter cannot be honoured; the message starts with its name, e.g. \`from: …\` |
| 400 | \`bad_path\` | (server) a path with \`..\`, an encoded slash or backslash, a NUL or double encoding |
| 404 | \`not_found\` | no such endpoint, or no system or event with that id |
| 405 | \`method_not_allowed\` | any method but GET, HEAD and OPTIONS; the \`Allow\` header lists those |
| 414 | \`uri_too_long\` | (server) the request target is longer than 4096 characters |
| 500 | \`internal\` | a fault of the server; worth retrying |
| 503 | \`unavailable\` | the service cannot answer now; \`Retry-After\` says when to try again |

Unknown query parameters are ignored. Objects may gain fields in a minor version: clients ignore what they do
not know. Requests carry no credentials; any origin may read the API (CORS).`;

export const FILTER_TEXT = {
  company: 'Company ids, comma-separated: events involving any of them. An unknown id is a 400.',
  system: 'System ids, comma-separated: events concerning any of them. An unknown id is a 400.',
  type: 'Event types, comma-separated: events of any of these types. An unknown type is a 400.',
  from: `Inclusive start, \`YYYY-MM-DD\` or \`YYYY-MM\` (a month starts on its first day). An event whose date
is a month (\`precision: month\`) matches when any day of that month is in the range. \`from\` after \`to\` is a 400.`,
  to: 'Inclusive end, `YYYY-MM-DD` or `YYYY-MM` (a month ends on its last day).',
  q: `Words to find in the title or the summary, at most 200 characters: an event matches when it holds every word,
in any order (\`meta midjourney\` finds "Meta licenses Midjourney's technology"); a "quoted phrase" must occur as
written. Case and accents are ignored (\`Vidéo\` finds \`video\`); a query of only spaces or control characters is
no query.`,
};

export const PAGING_TEXT = {
  limit: 'Events per page, 1 to 500.',
  order: '`newest` (the default) or `oldest` first. Anything else is a 400.',
  cursor: `Opaque: the \`nextCursor\` (or \`prevCursor\`) of a page, sent with the same filter. Anything else is a 400.`,
  at: `\`YYYY-MM-DD\` (since 1.2): the page begins at the event a jump to that day goes to, in the list's order,
instead of at the top: the earliest event on or after the day, where an event known only to its month counts as on
the month's last day. Oldest first, that is the first event on or after the day; newest first, the event just above
the first one before the day. The answer's \`offset\` says where that is and \`prevCursor\` loads the page above.
When no event is on or after the day, \`data\` is empty and \`offset\` is \`total\`. Not a real date, or given
with \`cursor\`, is a 400.`,
};

export const REPEAT_TEXT = 'Each parameter may be given once; a repeated key is a 400.';

export const EVENTS_DESCRIPTION = `Events matching every given filter, newest first: by date, where an event known
only to the month sorts after every day of its month; ties by id. \`order=oldest\` gives the same order reversed.
Page with \`limit\` and \`cursor\`; \`at\` opens the list at a date. ${REPEAT_TEXT}`;

export const EVENT_BY_ID_TEXT = `One event by id, whatever any filter: a link to an event opens it even when it is
not on the page being shown. An unknown id is a 404.`;

export const FACETS_DESCRIPTION = `What the timeline's filters and charts need, aggregated by the API so that it
scales to any number of events. Takes the same filter parameters as \`/events\` (\`cursor\`, \`limit\`,
\`order\` and \`at\` are validated but do not change the answer). ${REPEAT_TEXT}

- **lead company**: an event is drawn once, under its lead company: the first of its \`companyIds\` that builds
  a compared system (has a chart \`color\`), or if none does, the first of them; when \`company\` is given, only
  the selected companies among its \`companyIds\` are considered.
- **counts**: for every company, system and type of the dataset (zeros included), how many events would match if
  that option were the only choice on its dimension and every other filter stayed as given. An event with two
  companies counts for both.
- **months**: oldest first, only months that have events matching every filter except the date range; \`byCompany\`
  counts those inside the range, each once under its lead company, and \`outside\` those outside the range.
- **lanes**: per company and month, the events matching every filter; an event counts in the lane of each of its
  companies (with \`company\` given, only the selected companies have lanes); \`types\` splits the count by type.
  Sorted by company id, then month.
- **span**: first and last month of all events of the dataset, whatever the filter, so charts keep one time axis.`;

export const FACET_FIELDS: Record<string, string> = {
  total: 'Events matching every filter: the same number as the `total` of /events.',
  counts: 'Per option of each dimension, the events matching every other filter that the option would give.',
  months: 'Per month, the events matching every filter but the date range: inside it by lead company, and outside.',
  lanes: 'Per company and month, the events matching every filter, by type.',
  sourceIds: 'Sorted ids of the sources of the events counted in `months` (inside and outside the range).',
  span: 'First and last month of all events, whatever the filter; null when the dataset has no events.',
};
