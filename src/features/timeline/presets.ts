/** Date-range presets. "Today" is passed in, so tests can fix it; the page passes `new Date()`. */
import { monthsBefore, toDay } from '../../data/dates';

export type PresetId = 'last-6-months' | 'last-12-months' | 'all';

export const PRESETS: readonly { id: PresetId; label: string }[] = [
  { id: 'last-6-months', label: 'Last 6 months' },
  { id: 'last-12-months', label: 'Last 12 months' },
  { id: 'all', label: 'All time' },
];

export interface DateRange {
  from: string | null;
  to: string | null;
}

/** The range a preset stands for on a given day: an absolute range, so a shared link shows the same events. */
export function presetRange(preset: PresetId, today: Date): DateRange {
  if (preset === 'all') return { from: null, to: null };
  const day = toDay(today);
  return { from: monthsBefore(day, preset === 'last-6-months' ? 6 : 12), to: day };
}

/** The preset a range equals on that day, if any. */
export function activePreset(range: DateRange, today: Date): PresetId | null {
  const match = PRESETS.find(({ id }) => {
    const r = presetRange(id, today);
    return r.from === range.from && r.to === range.to;
  });
  return match?.id ?? null;
}
