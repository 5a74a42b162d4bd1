/**
 * The OpenAPI 3.1 document of the data API v1: the contract of record. Built from the zod schemas
 * (openapiSchemas.ts) and the prose of openapiText.ts; served at /api/v1/openapi.json by the mock and the server,
 * and kept in public/openapi.json for readers (a contract test fails when that copy is stale).
 */
import { MAX_LIMIT, DEFAULT_LIMIT } from './eventsQuery';
import { componentSchemas, type JsonSchema } from './openapiSchemas';
import {
  API_DESCRIPTION,
  EVENTS_DESCRIPTION,
  EVENT_BY_ID_TEXT,
  FACETS_DESCRIPTION,
  FILTER_TEXT,
  PAGING_TEXT,
  REPEAT_TEXT,
} from './openapiText';

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const envelope = (data: JsonSchema) => ({ type: 'object', required: ['data'], properties: { data } });
const json = (description: string, schema: JsonSchema) => ({
  description,
  content: { 'application/json': { schema } },
});
const error = (description: string) => ({ $ref: `#/components/responses/${description}` });

const idList = (items: JsonSchema) => ({ type: 'array', items });
const ID = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' };
const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}(-\\d{2})?$', examples: ['2025-06', '2025-06-18'] };

function query(name: string, description: string, schema: JsonSchema, list = false) {
  // A list is one comma-separated value (?company=meta,google), which OpenAPI calls form style without explode.
  return {
    name,
    in: 'query',
    required: false,
    description,
    schema,
    ...(list ? { style: 'form', explode: false } : {}),
  };
}

const FILTER_PARAMETERS = [
  query('company', FILTER_TEXT.company, idList(ID), true),
  query('system', FILTER_TEXT.system, idList(ID), true),
  query('type', FILTER_TEXT.type, idList(ref('EventType')), true),
  query('from', FILTER_TEXT.from, DATE),
  query('to', FILTER_TEXT.to, DATE),
  query('q', FILTER_TEXT.q, { type: 'string', maxLength: 200 }),
];
const ORDER_PARAMETER = query('order', PAGING_TEXT.order, {
  type: 'string',
  enum: ['newest', 'oldest'],
  default: 'newest',
});
const PAGING_PARAMETERS = [
  ORDER_PARAMETER,
  query('limit', PAGING_TEXT.limit, { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT }),
  query('cursor', PAGING_TEXT.cursor, { type: 'string' }),
  query('at', PAGING_TEXT.at, { type: 'string', format: 'date', examples: ['2025-06-18'] }),
];

/** The errors any endpoint may answer with, beside its own. */
const COMMON_ERRORS = {
  '405': error('MethodNotAllowed'),
  '414': error('UriTooLong'),
  '500': error('Internal'),
  '503': error('Unavailable'),
};

interface Extra {
  parameters?: unknown[];
  errors?: Record<string, unknown>;
}
function get(summary: string, description: string, ok: JsonSchema, { parameters = [], errors = {} }: Extra = {}) {
  const responses = { '200': json(summary, ok), ...errors, ...COMMON_ERRORS };
  return { get: { summary, description, parameters, responses } };
}

const listOf = (id: string) => envelope({ type: 'array', items: ref(id) });
const invalid = { '400': error('InvalidParameter') };

const PATHS = {
  '/api/v1/meta': get(
    'The dataset',
    'Title, version, licence, kind and counts. Also a health check.',
    envelope(ref('Meta')),
  ),
  '/api/v1/companies': get('Every company', 'Every company of the dataset.', listOf('Company')),
  '/api/v1/systems': get('Every system', 'Every system with its versions and sourced specs.', listOf('System')),
  '/api/v1/systems/{id}': get('One system', 'One system by id.', envelope(ref('System')), {
    parameters: [{ name: 'id', in: 'path', required: true, schema: ID }],
    errors: { '404': error('NotFound') },
  }),
  '/api/v1/sources': get('Every source', 'Every source that the data cites.', listOf('Source')),
  '/api/v1/events': get('Events, newest or oldest first', EVENTS_DESCRIPTION, ref('EventsPage'), {
    parameters: [...FILTER_PARAMETERS, ...PAGING_PARAMETERS],
    errors: invalid,
  }),
  '/api/v1/events/facets': get('Facets of a filter', FACETS_DESCRIPTION, envelope(ref('EventFacets')), {
    parameters: [...FILTER_PARAMETERS, ...PAGING_PARAMETERS],
    errors: invalid,
  }),
  '/api/v1/events/{id}': get('One event', EVENT_BY_ID_TEXT, envelope(ref('Event')), {
    parameters: [{ name: 'id', in: 'path', required: true, schema: ID }],
    errors: { '404': error('NotFound') },
  }),
  '/api/v1/openapi.json': get('This document', 'The OpenAPI 3.1 document of the API.', { type: 'object' }),
};

const RESPONSES = Object.fromEntries(
  (
    [
      ['InvalidParameter', `A parameter cannot be honoured (\`invalid_parameter\`). ${REPEAT_TEXT}`],
      ['NotFound', 'No such endpoint or record (`not_found`).'],
      ['MethodNotAllowed', 'The API only reads (`method_not_allowed`); `Allow` lists GET, HEAD, OPTIONS.'],
      ['UriTooLong', 'The request target is too long (`uri_too_long`; HTTP server only).'],
      ['Internal', 'A fault of the server (`internal`).'],
      ['Unavailable', 'The service cannot answer now (`unavailable`); see `Retry-After`.'],
    ] as const
  ).map(([id, text]) => [id, json(text, ref('Error'))]),
);

let cached: JsonSchema | undefined;
/** The document, built on first use (z.toJSONSchema walks every schema). Treat it as read-only. */
export function openApiDocument(): JsonSchema {
  cached ??= {
    openapi: '3.1.0',
    info: {
      title: 'Genscope data API',
      version: '1.2.0',
      description: API_DESCRIPTION,
    },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    servers: [{ url: '/', description: 'The origin that serves the app (mock or server)' }],
    paths: PATHS,
    components: { schemas: componentSchemas(), responses: RESPONSES },
  };
  return cached;
}
