/**
 * The headline facts of a system card. Each is the value of the headline version; when that version does not
 * disclose it, the card says so and adds the latest earlier version that does ("not disclosed; Veo 3.1: 8 s").
 */
import type { SpecKey, System, Version } from '../../data/schema';
import { formatSpec } from '../../data/specs';
import { NOT_DISCLOSED } from '../../ui/format';
import { datedKey, headlineVersion } from '../../data/systems';

export interface CardFact {
  key: SpecKey;
  label: string;
  /** Formatted value of the headline version, or "not disclosed". */
  text: string;
  disclosed: boolean;
  note: string | null;
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

const newestFirst = (a: Version, b: Version) =>
  datedKey(b.released ?? b.announced).localeCompare(datedKey(a.released ?? a.announced));

export function cardFacts(system: System): { version: Version | undefined; facts: CardFact[] } {
  const version = headlineVersion(system);
  const others = system.versions
    .filter((v) => v !== version && v.modality === version?.modality && (v.released ?? v.announced))
    .sort(newestFirst);
  const facts = CARD_SPECS.map(({ key, label }) => {
    const spec = version?.specs[key] ?? null;
    const donor = spec ? undefined : others.find((v) => v.specs[key]);
    return {
      key,
      label,
      text: version ? formatSpec(version.specs, key) : NOT_DISCLOSED,
      disclosed: spec !== null,
      note: spec?.note ?? null,
      fallback: donor ? { versionName: donor.name, text: formatSpec(donor.specs, key) } : null,
    };
  });
  return { version, facts };
}
