/** The whole dataset, its meta record, and the API's envelopes and facets. */
import { z } from 'zod';
import { companySchema, idSchema, isoDaySchema, isoMonthSchema, sourceSchema } from './basics';
import { eventSchema, eventTypeSchema } from './events';
import { systemSchema } from './versions';

export const metaSchema = z.object({
  title: z.string(),
  version: z.string(),
  updatedAt: isoDaySchema,
  license: z.string(),
  description: z.string(),
  /** "synthetic" datasets are generated for scale tests and are labelled so wherever shown. */
  kind: z.enum(['real', 'synthetic']),
  counts: z.object({ companies: z.number(), systems: z.number(), events: z.number(), sources: z.number() }).optional(),
});
export type Meta = z.infer<typeof metaSchema>;

export const datasetSchema = z.object({
  meta: metaSchema,
  companies: z.array(companySchema),
  systems: z.array(systemSchema),
  events: z.array(eventSchema),
  sources: z.array(sourceSchema),
});
export type Dataset = z.infer<typeof datasetSchema>;

/** API envelopes (see design.md, "Data API contract"). */
export const dataEnvelope = <T extends z.ZodType>(data: T) => z.object({ data });
export const eventsPageSchema = z.object({
  data: z.array(eventSchema),
  total: z.number().int().nonnegative(),
  /** Where the page begins in the whole filtered list (0 for the first page). API 1.2. */
  offset: z.number().int().nonnegative(),
  nextCursor: z.string().nullable(),
  /** The page before this one, as a `cursor`; null on the first page. API 1.2. */
  prevCursor: z.string().nullable(),
});
export type EventsPage = z.infer<typeof eventsPageSchema>;
export const apiErrorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

const countSchema = z.number().int().nonnegative();
/**
 * `GET /api/v1/events/facets` (same filter parameters as /events): what each filter option would give, and the
 * aggregates the timeline charts draw, computed by the API so they scale to any number of events.
 */
export const eventFacetsSchema = z.object({
  /** Events matching every filter (the same number as /events' `total`). */
  total: countSchema,
  /** Per option: events matching every other filter that this option would give. Zero counts are included. */
  counts: z.object({
    company: z.record(z.string(), countSchema),
    system: z.record(z.string(), countSchema),
    type: z.record(eventTypeSchema, countSchema),
  }),
  /**
   * Oldest first, months with events only. Events matching every filter except the date range: `byCompany`
   * counts those inside the range once each, under their lead company; `outside` those outside the range.
   */
  months: z.array(
    z.object({ month: isoMonthSchema, byCompany: z.record(z.string(), countSchema), outside: countSchema }),
  ),
  /** Events matching every filter per company and month; an event counts in each of its companies' lanes. */
  lanes: z.array(
    z.object({
      companyId: idSchema,
      month: isoMonthSchema,
      count: countSchema,
      types: z.partialRecord(eventTypeSchema, countSchema),
    }),
  ),
  /** Sources of the events counted in `months`. */
  sourceIds: z.array(z.string()),
  /** First and last month of all events, whatever the filter (a stable time axis); null without events. */
  span: z.object({ first: isoMonthSchema, last: isoMonthSchema }).nullable(),
});
export type EventFacets = z.infer<typeof eventFacetsSchema>;
