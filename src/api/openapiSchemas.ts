/**
 * The OpenAPI components, generated from the app's zod schemas (src/data/schema.ts) with z.toJSONSchema, so the
 * document can never disagree with what the client validates. Descriptions that zod cannot carry (the schema
 * file documents fields in comments) are added here by property name, only where the property exists: the
 * shapes of systems and versions pass through untouched.
 */
import { z } from 'zod';
import {
  apiErrorBodySchema,
  companySchema,
  eventFacetsSchema,
  eventSchema,
  eventsPageSchema,
  eventTypeSchema,
  metaSchema,
  sourceSchema,
  systemSchema,
} from '../data/schema';
import { FACET_FIELDS } from './openapiText';

export type JsonSchema = { [key: string]: unknown };

const COMPONENTS: [id: string, schema: z.ZodType, description: string][] = [
  ['EventType', eventTypeSchema, 'What kind of event it is.'],
  ['Meta', metaSchema, 'The dataset: title, version, licence, and `kind` (`synthetic` data is always labelled).'],
  ['Company', companySchema, 'A company. Only companies that build a compared system have a chart `color`.'],
  ['System', systemSchema, 'A generative system with its versions (oldest first) and their sourced specs.'],
  ['Source', sourceSchema, 'A source that facts cite by id.'],
  ['Event', eventSchema, 'An event around the systems (release, partnership, lawsuit …), with its sources.'],
  ['EventsPage', eventsPageSchema, 'One page of events, newest first.'],
  ['EventFacets', eventFacetsSchema, 'Facet counts and chart aggregates for a filter (see /events/facets).'],
  ['Error', apiErrorBodySchema, 'Every non-2xx answer of the API has this body.'],
];

const PROPERTY_TEXT: Record<string, Record<string, string>> = {
  Meta: {
    kind: '`real`, or `synthetic` for generated test data, which a client must label as such.',
    counts: 'How many companies, systems, events and sources the dataset holds (always sent by the API).',
  },
  Event: {
    date: '`YYYY-MM-DD` when `precision` is `day`, `YYYY-MM` when it is `month` (the event covers the whole month).',
    companyIds: 'The companies involved; the first that builds a compared system is its lead company.',
    systemIds: 'The systems concerned; may be empty.',
  },
  EventsPage: {
    total: 'How many events match the filter, over all pages.',
    offset: 'Where the page begins in the whole filtered list: 0 for the first page (since 1.2).',
    nextCursor: 'Pass as `cursor` to get the next page with the same filter; null on the last page.',
    prevCursor: `Pass as \`cursor\` to get the page before, with the same filter and \`limit\`; null when the page begins
at the first event (since 1.2). When fewer than \`limit\` events come before, that page starts at the first event and
overlaps this one: keep its first \`offset\` minus its own \`offset\` events.`,
  },
  EventFacets: FACET_FIELDS,
};

function describe(schema: JsonSchema, text: Record<string, string> | undefined): JsonSchema {
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (!text || !properties) return schema;
  for (const [name, description] of Object.entries(text))
    if (properties[name]) properties[name] = { ...properties[name], description };
  return schema;
}

export function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string; description: string }>();
  for (const [id, schema, description] of COMPONENTS) registry.add(schema, { id, description });
  // io "input": objects do not forbid extra properties, as the client ignores fields it does not know.
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    io: 'input',
    unrepresentable: 'any',
  });
  // Each comes as a standalone JSON Schema document; inside OpenAPI 3.1 a component is a plain schema.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const plain: JsonSchema = { ...schema };
      delete plain.$schema;
      delete plain.$id;
      return [id, describe(plain, PROPERTY_TEXT[id])];
    }),
  );
}
