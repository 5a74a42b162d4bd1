import { useSyncExternalStore } from 'react';
import type { ExportableChart } from './exportChart';

/** The chart frames on screen, so that "Download all" can export each of them. Frames register themselves. */
const charts = new Map<string, ExportableChart>();
const listeners = new Set<() => void>();
let snapshot: readonly ExportableChart[] = [];

function changed() {
  snapshot = [...charts.values()];
  listeners.forEach((l) => l());
}

export function registerChart(chart: ExportableChart): () => void {
  charts.set(chart.id, chart);
  changed();
  return () => {
    if (charts.get(chart.id) === chart) {
      charts.delete(chart.id);
      changed();
    }
  };
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRegisteredCharts(): readonly ExportableChart[] {
  return useSyncExternalStore(subscribe, () => snapshot);
}
