/**
 * Records that failed the schema inside an otherwise valid answer. The client keeps the valid ones and reports
 * the others here, once each (also to the console); the UI shows a dismissible notice naming them.
 */
import { useSyncExternalStore } from 'react';
import type { z } from 'zod';

export interface SkippedRecord {
  endpoint: string;
  /** The record's id when it has a readable one. */
  id: string | null;
  index: number;
  message: string;
}

const seen = new Set<string>();
let current: readonly SkippedRecord[] = [];
const listeners = new Set<() => void>();

function keyOf(r: SkippedRecord) {
  return `${r.endpoint}|${r.id ?? `#${r.index}`}`;
}

export function reportSkipped(records: readonly SkippedRecord[]): void {
  const fresh = records.filter((r) => !seen.has(keyOf(r)));
  if (!fresh.length) return;
  for (const r of fresh) {
    seen.add(keyOf(r));
    console.warn(`Genscope skipped an invalid record from ${r.endpoint}: ${r.id ?? `item ${r.index}`} (${r.message})`);
  }
  current = [...current, ...fresh];
  listeners.forEach((l) => l());
}

/** Hides the notice; the same records are not reported again. */
export function dismissSkipped(): void {
  current = [];
  listeners.forEach((l) => l());
}

export function useSkippedRecords(): readonly SkippedRecord[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
    () => current, // the same when the app is prerendered (build/prerender.ts)
  );
}

/** Keeps the items that match the schema and reports the others. */
export function keepValid<T extends z.ZodType>(items: readonly unknown[], schema: T, endpoint: string): z.infer<T>[] {
  const kept: z.infer<T>[] = [];
  const skipped: SkippedRecord[] = [];
  items.forEach((item, index) => {
    const r = schema.safeParse(item);
    if (r.success) {
      kept.push(r.data);
      return;
    }
    const raw = (item as { id?: unknown } | null)?.id;
    const issue = r.error.issues[0];
    skipped.push({
      endpoint,
      index,
      id: typeof raw === 'string' ? raw.slice(0, 80) : null,
      message: `${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}`,
    });
  });
  if (skipped.length) reportSkipped(skipped);
  return kept;
}
