import { Fragment, type ReactNode } from 'react';
import { formatDate } from '../../ui/format';

/** Values from the link, quoted and isolated with <bdi>, so right-to-left characters in them cannot scramble the sentence. */
function quoted(values: readonly string[]): ReactNode {
  return values.map((v, i) => (
    <Fragment key={`${i}-${v}`}>
      {i > 0 && ', '}“<bdi>{v}</bdi>”
    </Fragment>
  ));
}

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
  const day = asOf ? formatDate(asOf) : '';
  const lines: [string, ReactNode][] = [];
  const add = (key: string, when: readonly string[], line: ReactNode) => when.length && lines.push([key, line]);
  add('systems', unknownSystems, <>No system with the id {quoted(unknownSystems)}: dropped.</>);
  add('versions', unknownVersions, <>No version with the id {quoted(unknownVersions)}: dropped.</>);
  add('unreadable', unreadable, <>Could not read {quoted(unreadable)}: ignored.</>);
  add('ignored', ignoredVersions, <>{quoted(ignoredVersions)} not shown: the system is not selected.</>);
  add(
    'hidden',
    hiddenByAsOf,
    <>
      {quoted(hiddenByAsOf)} not shown: not yet out on {day}; the latest version by then is shown.
    </>,
  );
  add(
    'notYet',
    notYetOut,
    <>
      Nothing from {quoted(notYetOut)} was out by {day}.
    </>,
  );
  add(
    'uncertain',
    uncertain,
    <>
      {quoted(uncertain)}: known only to the month, so counted from the month’s last day; on {day} it is uncertain.
    </>,
  );
  add(
    'diffUnknown',
    diffDropped.unknown,
    <>No version with the id {quoted(diffDropped.unknown)} to compare: another pair is shown.</>,
  );
  add(
    'diffLater',
    diffDropped.later,
    <>
      {quoted(diffDropped.later)} not compared: not yet out on {day}; another pair is shown.
    </>,
  );
  if (!lines.length) return null;
  const cleanable = unreadable.length + unknownSystems.length + unknownVersions.length > 0;
  return (
    <div className="notice" role="status" aria-label="About this link">
      <ul>
        {lines.map(([key, line]) => (
          <li key={key}>{line}</li>
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
