import { formatDate } from '../../ui/format';

/** Says which parts of a shared link could not be used, instead of failing or dropping them silently. */
export function LinkNotice({
  unreadable,
  unknownSystems,
  unknownVersions,
  hiddenByAsOf,
  ignoredVersions,
  notYetOut,
  uncertain,
  diffDropped,
  asOf,
  onClean,
}: {
  unreadable: readonly string[];
  unknownSystems: readonly string[];
  unknownVersions: readonly string[];
  hiddenByAsOf: readonly string[];
  ignoredVersions: readonly string[];
  notYetOut: readonly string[];
  uncertain: readonly string[];
  diffDropped: { unknown: readonly string[]; later: readonly string[] };
  asOf: string | undefined;
  onClean: () => void;
}) {
  const lines: string[] = [];
  const list = (xs: readonly string[]) => xs.map((x) => `“${x}”`).join(', ');
  if (unknownSystems.length) lines.push(`No system with the id ${list(unknownSystems)}: dropped.`);
  if (unknownVersions.length) lines.push(`No version with the id ${list(unknownVersions)}: dropped.`);
  if (unreadable.length) lines.push(`Could not read ${list(unreadable)}: ignored.`);
  if (ignoredVersions.length) lines.push(`${list(ignoredVersions)} not shown: the system is not selected.`);
  const day = asOf ? formatDate(asOf) : '';
  if (hiddenByAsOf.length)
    lines.push(`${list(hiddenByAsOf)} not shown: not yet out on ${day}; the latest version by then is shown.`);
  if (notYetOut.length) lines.push(`Nothing from ${list(notYetOut)} was out by ${day}.`);
  if (uncertain.length)
    lines.push(
      `${list(uncertain)}: known only to the month, so counted from the month’s last day; on ${day} it is uncertain.`,
    );
  if (diffDropped.unknown.length)
    lines.push(`No version with the id ${list(diffDropped.unknown)} to compare: another pair is shown.`);
  if (diffDropped.later.length)
    lines.push(`${list(diffDropped.later)} not compared: not yet out on ${day}; another pair is shown.`);
  if (!lines.length) return null;
  const cleanable = unreadable.length + unknownSystems.length + unknownVersions.length > 0;
  return (
    <div className="notice" role="status" aria-label="About this link">
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {cleanable && (
        <button type="button" className="button" onClick={onClean}>
          Remove them from the link
        </button>
      )}
    </div>
  );
}
