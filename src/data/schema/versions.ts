/** Versions with their lifecycle, and the systems they belong to. */
import { z } from 'zod';
import { checkDated, datePrecisionSchema, idSchema, sourceIdsSchema } from './basics';
import { accessLevelSchema, specsSchema, type AccessLevel } from './specs';

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
