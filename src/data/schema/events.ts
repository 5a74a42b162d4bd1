/** Events around the systems: releases, deals, hires, lawsuits, retirements. */
import { z } from 'zod';
import { datedSchema, datePrecisionSchema, idSchema, sourceIdsSchema } from './basics';

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
