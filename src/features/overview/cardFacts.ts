/**
 * The headline facts of a system card. Each is the value in force of the headline version; when that version does
 * not disclose it, the card says so and adds the latest earlier version of the same kind that does
 * ("not disclosed; Veo 3.1: 8 s"). Values are as of the dataset's date.
 */
import { specsOn, type SpecsOn } from '../../data/history';
import { headlineVersion, outSince } from '../../data/lifecycle';
import type { SpecKey, SpecValue, System, Version } from '../../data/schema';
import { formatSpec, formatValue } from '../../ui/specs';

export interface CardFact {
  key: SpecKey;
  label: string;
  /** Formatted value of the headline version, or "not disclosed". */
  text: string;
  value: SpecValue | null;
  /** The latest other version that discloses it, when the headline version does not. */
  fallback: { versionName: string; text: string } | null;
}

const CARD_SPECS: readonly { key: SpecKey; label: string }[] = [
  { key: 'maxClipSeconds', label: 'Max clip length' },
  { key: 'maxResolution', label: 'Max resolution' },
  { key: 'nativeAudio', label: 'Native audio' },
  { key: 'pricePerSecond', label: 'API price' },
  { key: 'access', label: 'Access' },
];

const outKey = (v: Version) => outSince(v)?.date ?? '';

export function cardFacts(system: System): { version: Version | undefined; specs: SpecsOn | null; facts: CardFact[] } {
  const version = headlineVersion(system);
  const specs = version ? specsOn(version, null) : null;
  const others = system.versions
    .filter((v) => v !== version && !v.variantOf && v.modality === version?.modality && outSince(v))
    .sort((a, b) => outKey(b).localeCompare(outKey(a)))
    .map((v) => ({ version: v, specs: specsOn(v, null) }));
  const facts = CARD_SPECS.map(({ key, label }) => {
    const value = specs?.[key] ?? null;
    const donor = value ? undefined : others.find((o) => o.specs[key]);
    return {
      key,
      label,
      text: formatValue(value),
      value,
      fallback: donor ? { versionName: donor.version.name, text: formatSpec(donor.specs, key) } : null,
    };
  });
  return { version, specs, facts };
}
