/** How a version's lifecycle reads next to its figures: "(retired)", "Sora 2 retired on 24 Sep 2026 …". */
import { formatDated } from '../format';
import type { ChartEntry } from './entries';
import { versionLabel } from './entries';

/** Appended to a version's name in a chart: " (retired)" or " (announced)"; nothing when it is out. */
export function statusSuffix(e: ChartEntry): string {
  if (e.status === 'retired') return ' (retired)';
  if (e.status === 'announced') return ' (announced)';
  return '';
}

/** A note for a retired version: when, and what replaced it; null for any other. */
export function lifecycleNote(e: ChartEntry): string | null {
  const retired = e.version.lifecycle.retired;
  if (e.status !== 'retired' || !retired) return null;
  const successor = retired.replacedBy && e.system.versions.find((v) => v.id === retired.replacedBy);
  const by = successor ? `, replaced by ${versionLabel(e.system, successor)}` : '';
  return `${versionLabel(e.system, e.version)} was retired on ${formatDated(retired)}${by}; its figures are its last.`;
}
