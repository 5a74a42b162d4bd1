/** What each column of the dataset's tables means: the zip's data-dictionary.md, and a test holds it complete. */
const IDS = 'ids, separated by "; "';
const DATE = 'YYYY-MM-DD, or YYYY-MM when only the month is known (see the precision column)';

export const DICTIONARY: Record<string, Record<string, string>> = {
  companies: {
    id: 'company id',
    name: 'company name',
    color: 'chart colour (#rrggbb), for companies that build a compared system; empty otherwise',
    url: "company's website",
    source_ids: `sources of the record (${IDS}, see sources.csv)`,
  },
  systems: {
    id: 'system id',
    name: 'system name',
    company_id: 'the company that builds it (companies.csv)',
    modalities: `what it makes: image, video (${IDS})`,
    summary: 'one-sentence summary',
    url: "the system's official page",
    source_ids: `sources of the summary (${IDS})`,
  },
  versions: {
    system_id: 'the system (systems.csv)',
    id: 'version id',
    name: 'version name',
    modality: 'image or video',
    variant_of: 'for a tier (Fast, Pro, Lite, HD): the version it is a tier of; empty otherwise',
    tier: "the tier's name; empty for a version that is not a tier",
    ...Object.fromEntries(
      (['announced', 'released', 'retired'] as const).flatMap((p) => [
        [`${p}_date`, `day it was ${p}: ${DATE}; empty when it was not (or no source says)`],
        [`${p}_precision`, 'day or month'],
        [`${p}_source_ids`, `sources of that date (${IDS})`],
        [`${p}_note`, 'caveat on that date (sources disagree, unconfirmed, …)'],
      ]),
    ),
    released_access: 'who could use it when released: research, waitlist, limited or public',
    retired_replaced_by: 'the version that replaced it, when one did',
    summary: 'one-sentence summary',
    note: 'caveat on the version',
    source_ids: `sources of the summary (${IDS})`,
  },
  spec_values: {
    version_id: 'the version (versions.csv)',
    spec: 'which spec: maxClipSeconds, maxExtendedSeconds, maxResolution, frameRate, nativeAudio, textToVideo, imageToVideo, videoEditing, personalisation, pricePerSecond, access, parametersBillions',
    value_status: '"disclosed", or "not disclosed" when no source gives the value (then value is empty, never 0)',
    value: 'the value: a number, true/false, or text',
    unit: 's (seconds), p (pixels high), fps, USD/s (US dollars per second of video), B (billion parameters)',
    resolution: 'for prices: the output height (p) the price holds at; empty when it holds at every height',
    level: 'for access: the access level that holds from that day (limited, public, …), when it changes',
    from_date: `day the value came into force: ${DATE}; empty for "since the version came out"`,
    from_precision: 'day or month',
    source_ids: `sources of the value (${IDS})`,
    note: 'caveat on the value',
  },
  events: {
    id: 'event id',
    date: DATE,
    precision: 'day or month',
    type: 'release, announcement, retirement, pricing, partnership, investment, acquisition, hire, lawsuit, legal-letter, research, policy or report',
    title: 'short title',
    summary: 'one-sentence summary',
    company_ids: `companies involved (${IDS})`,
    system_ids: `systems concerned (${IDS})`,
    version_ids: `versions concerned (${IDS})`,
    source_ids: `sources (${IDS})`,
    note: 'caveat (sources disagree, unconfirmed, …)',
  },
  sources: {
    id: 'source id, as cited by source_ids everywhere',
    title: "the page's title",
    publisher: 'who published it',
    url: 'address (empty for the offline seed article)',
    published: 'the date the page shows (YYYY-MM-DD, YYYY-MM or YYYY); empty when it shows none',
    accessed: 'the day it was read (YYYY-MM-DD)',
    kind: 'first-party (the company\u2019s own page or a court filing), primary-reporting, secondary',
    note: 'how it was read, or a caveat',
  },
};

export function dictionaryMarkdown(): string {
  const lines = ['# Data dictionary', ''];
  for (const [table, columns] of Object.entries(DICTIONARY)) {
    lines.push(
      `## ${table}.csv (and json/${table === 'versions' || table === 'spec_values' ? 'systems' : table}.json)`,
      '',
    );
    lines.push('| column | meaning |', '| --- | --- |');
    for (const [column, meaning] of Object.entries(columns)) lines.push(`| ${column} | ${meaning} |`);
    lines.push('');
  }
  return lines.join('\n');
}
