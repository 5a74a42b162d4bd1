import { Link } from '@tanstack/react-router';
import { certainFrom } from '../../data/dates';
import type { System, Version } from '../../data/schema';
import { HrefLink } from '../../ui/HrefLink';
import { formatDate, formatDated } from '../../ui/format';
import { timelineHref } from '../../ui/links';
import { useSystemEvents } from './useSystemEvents';

/**
 * Where a version leads: Compare as it stood on the version's release (its announcement if it never came out;
 * a month-only date counts from the month's last day), the system's events on the timeline from the version's
 * announcement on, and each event that concerns this version, opened on the timeline.
 */
export function VersionLinks({ system, version }: { system: System; version: Version }) {
  const events = useSystemEvents(system.id);
  const { announced, released, retired } = version.lifecycle;
  const out = released ?? announced;
  const day = out ? certainFrom(out) : null;
  const about = (events.data?.pages.flatMap((p) => p.data) ?? [])
    .filter((e) => e.versionIds.includes(version.id))
    .reverse();
  const from = announced?.date.slice(0, 7);
  const to = retired?.date.slice(0, 7);
  return (
    <>
      <p className="version-links">
        {day && (
          <>
            <Link to="/compare" search={{ asOf: day, versions: [version.id] }}>
              Compare as of this date ({formatDate(day)})
            </Link>
            {' · '}
          </>
        )}
        <Link to="/timeline" search={{ system: [system.id], from, to }}>
          Events of {system.name} {from ? `from ${formatDated(announced)}` : ''}
          {to ? ` to ${formatDated(retired)}` : ''} on the timeline
        </Link>
      </p>
      {about.length > 0 && (
        <ul className="version-events" aria-label={`Events about ${version.name}`}>
          {about.map((e) => (
            <li key={e.id}>
              <HrefLink href={timelineHref(system.id, e.id)}>
                {formatDate(e.date, e.precision)}: {e.title}
              </HrefLink>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
