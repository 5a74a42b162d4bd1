/**
 * The one definition of the dataset's shape. The mock API validates mock-data/ with it at start-up,
 * a unit test validates every file, and the API client parses every response with it.
 */
import { z } from 'zod';

// No `new Function` JIT: the production Content-Security-Policy forbids eval, and zod's probe for it would be
// reported as a violation.
z.config({ jitless: true });

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z.string().regex(ID, 'ids are lower-case words joined by hyphens');

/** A calendar date `YYYY-MM-DD` that really exists (no 2025-02-30). */
export const isoDaySchema = z.iso.date();
/** `YYYY-MM` with a real month. */
export const isoMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM');

export const datePrecisionSchema = z.enum(['day', 'month']);
export type DatePrecision = z.infer<typeof datePrecisionSchema>;

/** A date known to the day (`2025-06-18`) or only to the month (`2025-04`). */
export const datedSchema = z.object({ date: z.string(), precision: datePrecisionSchema }).superRefine((d, ctx) => {
  const ok = d.precision === 'day' ? isoDaySchema.safeParse(d.date).success : isoMonthSchema.safeParse(d.date).success;
  if (!ok) ctx.addIssue({ code: 'custom', message: `date ${d.date} does not match precision ${d.precision}` });
});
export type Dated = z.infer<typeof datedSchema>;

const sourceIdsSchema = z.array(z.string().min(1)).min(1, 'every fact needs at least one source');

export const sourceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** null only for an offline source such as the seed article. */
  url: z.url({ protocol: /^https?$/ }).nullable(),
  /** As the page gives it: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or null when the page shows no date. */
  published: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable(),
  accessed: isoDaySchema,
  firstParty: z.boolean(),
  note: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const companySchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  /** Only companies that build one of the compared systems have a chart colour. */
  color: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i)
    .nullable(),
  url: z.url({ protocol: /^https?$/ }).nullable(),
  sourceIds: sourceIdsSchema,
});
export type Company = z.infer<typeof companySchema>;

/** A sourced value. `null` in its place means "not disclosed". */
function specOf<T extends z.ZodType>(value: T) {
  return z
    .object({
      value,
      unit: z.string().nullable(),
      sourceIds: sourceIdsSchema,
      /** A caveat that must stay visible next to the value (sources disagree, unconfirmed, ...). */
      note: z.string().optional(),
    })
    .nullable();
}
export const numberSpecSchema = specOf(z.number().nonnegative());
export const booleanSpecSchema = specOf(z.boolean());
export const textSpecSchema = specOf(z.string().min(1));
export type NumberSpec = z.infer<typeof numberSpecSchema>;
export type BooleanSpec = z.infer<typeof booleanSpecSchema>;
export type TextSpec = z.infer<typeof textSpecSchema>;

export const specsSchema = z.object({
  /** Longest single generation in seconds (unit "s"). */
  maxClipSeconds: numberSpecSchema,
  /** Longest clip reachable by extending generations, in seconds (unit "s"). */
  maxExtendedSeconds: numberSpecSchema,
  /** Output height in pixels ("p", e.g. 1080); the note keeps the full size, e.g. 4096×2160. */
  maxResolution: numberSpecSchema,
  frameRate: numberSpecSchema,
  nativeAudio: booleanSpecSchema,
  textToVideo: booleanSpecSchema,
  imageToVideo: booleanSpecSchema,
  videoEditing: booleanSpecSchema,
  personalisation: booleanSpecSchema,
  /** Published API price in USD per second of video (the lowest published tier; note says which). */
  pricePerSecond: numberSpecSchema,
  /** Who can use it and how (plans, regions, waitlist). */
  access: textSpecSchema,
  /** Model size in billions of parameters. */
  parametersBillions: numberSpecSchema,
});
export type Specs = z.infer<typeof specsSchema>;
export type SpecKey = keyof Specs;

export const statusSchema = z.enum(['research', 'waitlist', 'limited', 'public', 'retired']);
export type Status = z.infer<typeof statusSchema>;

export const modalitySchema = z.enum(['image', 'video']);
export type Modality = z.infer<typeof modalitySchema>;

export const versionSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  modality: modalitySchema,
  announced: datedSchema.nullable(),
  /** First date anyone outside the company could use it; null when never released. */
  released: datedSchema.nullable(),
  status: statusSchema,
  /** A cheaper or faster tier of another version (Veo 3.1 Lite of Veo 3.1): never the "latest" headline. */
  variantOf: idSchema.optional(),
  specs: specsSchema,
  summary: z.string().min(1),
  sourceIds: sourceIdsSchema,
  note: z.string().optional(),
});
export type Version = z.infer<typeof versionSchema>;

export const systemSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  companyId: idSchema,
  modalities: z.array(modalitySchema).min(1),
  summary: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }).nullable(),
  /** Oldest first. */
  versions: z.array(versionSchema).min(1),
  sourceIds: sourceIdsSchema,
});
export type System = z.infer<typeof systemSchema>;

export const eventTypeSchema = z.enum([
  'release',
  'announcement',
  'partnership',
  'investment',
  'acquisition',
  'hire',
  'lawsuit',
  'research',
  'pricing',
  'policy',
]);
export type EventType = z.infer<typeof eventTypeSchema>;
export const EVENT_TYPES = eventTypeSchema.options;

export const eventSchema = z
  .object({
    id: idSchema,
    date: z.string(),
    precision: datePrecisionSchema,
    companyIds: z.array(idSchema).min(1),
    systemIds: z.array(idSchema),
    type: eventTypeSchema,
    title: z.string().min(1),
    summary: z.string().min(1),
    sourceIds: sourceIdsSchema,
    note: z.string().optional(),
  })
  .superRefine((e, ctx) => {
    const parsed = datedSchema.safeParse({ date: e.date, precision: e.precision });
    if (!parsed.success)
      ctx.addIssue({ code: 'custom', path: ['date'], message: parsed.error.issues[0]?.message ?? 'bad date' });
  });
export type Event = z.infer<typeof eventSchema>;

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
  nextCursor: z.string().nullable(),
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
