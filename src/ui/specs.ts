/** How specs read on screen, in tables and exports: labels in the order analysts read them, values with units. */
import type { SpecsOn } from '../data/history';
import type { SpecKey, SpecValue } from '../data/schema';
import { formatDated, formatNumber, NOT_DISCLOSED } from './format';

export interface SpecField {
  key: SpecKey;
  label: string;
}

export const SPEC_FIELDS: readonly SpecField[] = [
  { key: 'maxClipSeconds', label: 'Max clip length (single generation)' },
  { key: 'maxExtendedSeconds', label: 'Max length with extensions' },
  { key: 'maxResolution', label: 'Max resolution' },
  { key: 'frameRate', label: 'Frame rate' },
  { key: 'nativeAudio', label: 'Native audio' },
  { key: 'textToVideo', label: 'Text-to-video' },
  { key: 'imageToVideo', label: 'Image-to-video' },
  { key: 'videoEditing', label: 'Video editing' },
  { key: 'personalisation', label: 'Personalisation' },
  { key: 'pricePerSecond', label: 'API price per second' },
  { key: 'access', label: 'Access' },
  { key: 'parametersBillions', label: 'Model size (parameters)' },
];

/** A number with its unit: 8 s, 1080p, 24 fps, $0.40/s, 30B. */
export function formatQuantity(value: number, unit: string | null): string {
  switch (unit) {
    case 'p':
      return `${value}p`;
    case 'USD/s':
      return `$${value.toFixed(2)}/s`;
    case 'USD':
      return `$${value.toFixed(2)}`;
    case 'B':
      return `${formatNumber(value)}B`;
    case null:
      return formatNumber(value);
    default:
      return `${formatNumber(value)} ${unit}`;
  }
}

/** One dated value as text: "Yes", "$0.40/s at 720p", "8 s", "Free, in the Meta AI app". */
export function formatValue(v: SpecValue | null): string {
  if (!v) return NOT_DISCLOSED;
  if (typeof v.value === 'boolean') return v.value ? 'Yes' : 'No';
  if (typeof v.value === 'string') return v.value;
  const text = formatQuantity(v.value, v.unit);
  return 'resolution' in v && v.resolution !== null ? `${text} at ${v.resolution}p` : text;
}

/** A spec in force, as text, or "not disclosed". */
export function formatSpec(specs: SpecsOn, key: SpecKey): string {
  return formatValue(specs[key]);
}

/** "from 9 Sep 2025" or "since release": when a value came into force. */
export function formatSince(v: SpecValue): string {
  return v.from ? `from ${formatDated(v.from)}` : 'since release';
}
