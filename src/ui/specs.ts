import type { SpecKey, Specs } from './schema';
import { formatBoolean, formatNumberSpec, NOT_DISCLOSED } from '../ui/format';

export interface SpecField {
  key: SpecKey;
  label: string;
}

/** Every spec, in the order analysts read them. */
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

/** A spec as text with its unit, or "not disclosed". */
export function formatSpec(specs: Specs, key: SpecKey): string {
  const spec = specs[key];
  if (!spec) return NOT_DISCLOSED;
  if (typeof spec.value === 'boolean') return formatBoolean(spec as { value: boolean });
  if (typeof spec.value === 'string') return spec.value;
  return formatNumberSpec(spec as Specs['maxClipSeconds']);
}
