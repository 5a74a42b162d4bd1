import { useSyncExternalStore } from 'react';
import type { ExportableChart } from './parts';

/** Reads a frame's parts and chart as they are now (null before it has drawn). */
export type ChartReader = () => ExportableChart | null;

/** The chart frames on screen, so that "Download all" can export each of them. Frames register themselves. */
const charts = new Map<string, ChartReader>();
const listeners = new Set<() => void>();
let snapshot: readonly ChartReader[] = [];

function changed() {
  snapshot = [...charts.values()];
  listeners.forEach((l) => l());
}

export function registerChart(id: string, read: ChartReader): () => void {
  charts.set(id, read);
  changed();
  return () => {
    if (charts.get(id) === read) {
      charts.delete(id);
      changed();
    }
  };
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRegisteredCharts(): readonly ChartReader[] {
  return useSyncExternalStore(subscribe, () => snapshot);
}
