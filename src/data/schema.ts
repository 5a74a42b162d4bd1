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

function checkDated(d: { date: string; precision: DatePrecision }, ctx: z.RefinementCtx) {
  const ok = d.precision === 'day' ? isoDaySchema.safeParse(d.date).success : isoMonthSchema.safeParse(d.date).success;
  if (!ok)
    ctx.addIssue({ code: 'custom', path: ['date'], message: `date ${d.date} does not match precision ${d.precision}` });
}

/** A date known to the day (`2025-06-18`) or only to the month (`2025-04`). */
export const datedSchema = z.object({ date: z.string(), precision: datePrecisionSchema }).superRefine(checkDated);
export type Dated = z.infer<typeof datedSchema>;

const sourceIdsSchema = z.array(z.string().min(1)).min(1, 'every fact needs at least one source');

/**
 * What kind of page a source is. Only the first three may support a fact on their own; the others are kept only
 * beside a stronger source (the dataset check refuses them alone).
 */
export const sourceKindSchema = z.enum([
  /** The company's own page: blog, docs, model or pricing page, changelog, paper, press release, court filing. */
  'first-party',
  /** Reporting by a news organisation that did its own reporting (Reuters, The Verge, TechCrunch …). */
  'primary-reporting',
  /** Reporting that relays others, trade blogs, law-firm notes. */
  'secondary',
  'reseller',
  'directory',
  'aggregator',
  'staging',
  'look-alike',
  /** Generated test data (synthetic datasets only; never in the real dataset). */
  'synthetic',
]);
export type SourceKind = z.infer<typeof sourceKindSchema>;
/** Kinds that never support a fact alone: a staging site, a reseller, a tool directory, a wiki, a look-alike. */
export const WEAK_SOURCE_KINDS: ReadonlySet<SourceKind> = new Set([
  'reseller',
  'directory',
  'aggregator',
  'staging',
  'look-alike',
]);

export const sourceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** null only for an offline source such as the seed article. */
  url: z.url({ protocol: /^https?$/ }).nullable(),
  /** The date the page shows: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or null when it shows none. */
  published: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable(),
  accessed: isoDaySchema,
  kind: sourceKindSchema,
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

/** Who could use a version: research partners only, a waitlist, some plans or regions, or anyone. */
export const accessLevelSchema = z.enum(['research', 'waitlist', 'limited', 'public']);
export type AccessLevel = z.infer<typeof accessLevelSchema>;

/**
 * One value of a spec and the day it came into force (`from`); null `from` means "since the version came out".
 * A value stays in force until the next value of the same spec (and, for prices, the same resolution) or until
 * the version retires.
 */
function datedValueOf<T extends z.ZodType, X extends z.ZodRawShape>(value: T, extra: X) {
  return z.object({
    value,
    unit: z.string().nullable(),
    from: datedSchema.nullable(),
    sourceIds: sourceIdsSchema,
    /** A caveat that must stay visible next to the value (sources disagree, unconfirmed, ...). */
    note: z.string().optional(),
    ...extra,
  });
}
export const numberValueSchema = datedValueOf(z.number().nonnegative(), {});
export const booleanValueSchema = datedValueOf(z.boolean(), {});
export const textValueSchema = datedValueOf(z.string().min(1), {});
/** A price in USD per second of video at one output height (`resolution`, e.g. 720), or at any (null). */
export const priceValueSchema = datedValueOf(z.number().nonnegative(), {
  resolution: z.number().int().positive().nullable(),
});
/** Access in words; `level`, when given, changes the version's status from that day (limited → public). */
export const accessValueSchema = datedValueOf(z.string().min(1), { level: accessLevelSchema.optional() });
export type NumberValue = z.infer<typeof numberValueSchema>;
export type BooleanValue = z.infer<typeof booleanValueSchema>;
export type TextValue = z.infer<typeof textValueSchema>;
export type PriceValue = z.infer<typeof priceValueSchema>;
export type AccessValue = z.infer<typeof accessValueSchema>;
/** Any dated value. */
export type SpecValue = NumberValue | BooleanValue | TextValue | PriceValue | AccessValue;

/** Every spec is its history, oldest first; an empty history means "not disclosed". */
export const specsSchema = z.object({
  /** Longest single generation in seconds (unit "s"). */
  maxClipSeconds: z.array(numberValueSchema),
  /** Longest clip reachable by extending generations, in seconds (unit "s"). */
  maxExtendedSeconds: z.array(numberValueSchema),
  /** Output height in pixels ("p", e.g. 1080); the note keeps the full size, e.g. 4096×2160. */
  maxResolution: z.array(numberValueSchema),
  frameRate: z.array(numberValueSchema),
  nativeAudio: z.array(booleanValueSchema),
  textToVideo: z.array(booleanValueSchema),
  imageToVideo: z.array(booleanValueSchema),
  videoEditing: z.array(booleanValueSchema),
  personalisation: z.array(booleanValueSchema),
  /** Published API price in USD per second of video, per output height; several may be in force at once. */
  pricePerSecond: z.array(priceValueSchema),
  /** Who can use it and how (plans, regions, waitlist). */
  access: z.array(accessValueSchema),
  /** Model size in billions of parameters. */
  parametersBillions: z.array(numberValueSchema),
});
export type Specs = z.infer<typeof specsSchema>;
export type SpecKey = keyof Specs;

/** A dated step in a version's life, with its sources. */
const milestoneShape = {
  date: z.string(),
  precision: datePrecisionSchema,
  sourceIds: sourceIdsSchema,
  note: z.string().optional(),
};
const announcedSchema = z.object(milestoneShape).superRefine((d, ctx) => checkDated(d, ctx));
const releasedSchema = z
  .object({ ...milestoneShape, access: accessLevelSchema })
  .superRefine((d, ctx) => checkDated(d, ctx));
const retiredSchema = z
  .object({ ...milestoneShape, replacedBy: idSchema.nullable() })
  .superRefine((d, ctx) => checkDated(d, ctx));

/**
 * A version's life. Its status on any day is derived from these dates (see data/lifecycle.ts), never stored:
 * announced → released (at an access level; later levels come from the access history) → retired.
 */
export const lifecycleSchema = z.object({
  announced: announcedSchema.nullable(),
  /** First day anyone outside the company could use it, and at what access; null when never released. */
  released: releasedSchema.nullable(),
  /** Shut down or withdrawn, and the version that replaced it (null when none did). */
  retired: retiredSchema.nullable(),
});
export type Lifecycle = z.infer<typeof lifecycleSchema>;

/** Derived, never stored: where a version stands on a given day. */
export type Status = 'announced' | AccessLevel | 'retired';

export const modalitySchema = z.enum(['image', 'video']);
export type Modality = z.infer<typeof modalitySchema>;

export const versionSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  modality: modalitySchema,
  lifecycle: lifecycleSchema,
  /**
   * A tier of another version of the same system (Veo 3.1 Fast of Veo 3.1, Sora 2 Pro of Sora 2): charts show
   * each tier as its own row, so no figure of one tier stands beside another tier's. Never the "latest" headline.
   */
  variantOf: idSchema.optional(),
  /** The tier's name as the company gives it ("Fast", "Pro", "Lite", "HD"); required with variantOf. */
  tier: z.string().min(1).optional(),
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
  /** A version or product shut down, or its shutdown announced. */
  'retirement',
  'pricing',
  'partnership',
  'investment',
  'acquisition',
  'hire',
  /** A court filing or ruling. */
  'lawsuit',
  /** A cease-and-desist or demand letter: no court involved. */
  'legal-letter',
  'research',
  'policy',
  /** A press report of plans the company has not announced. */
  'report',
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
    /** The versions the event concerns, when it concerns particular ones. */
    versionIds: z.array(idSchema),
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
