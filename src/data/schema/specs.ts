/** Specs: each a history of dated values, with the access levels a version goes through. */
import { z } from 'zod';
import { datedSchema, sourceIdsSchema } from './basics';

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
