/** Ids, dates, sources and companies: the building blocks every other record uses. */
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

export function checkDated(d: { date: string; precision: DatePrecision }, ctx: z.RefinementCtx) {
  const ok = d.precision === 'day' ? isoDaySchema.safeParse(d.date).success : isoMonthSchema.safeParse(d.date).success;
  if (!ok)
    ctx.addIssue({ code: 'custom', path: ['date'], message: `date ${d.date} does not match precision ${d.precision}` });
}

/** A date known to the day (`2025-06-18`) or only to the month (`2025-04`). */
export const datedSchema = z.object({ date: z.string(), precision: datePrecisionSchema }).superRefine(checkDated);
export type Dated = z.infer<typeof datedSchema>;

export const sourceIdsSchema = z.array(z.string().min(1)).min(1, 'every fact needs at least one source');

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
