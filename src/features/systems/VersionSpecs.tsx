import { useEffect, useRef } from 'react';
import { statusOn } from '../../data/lifecycle';
import type { System, Version } from '../../data/schema';
import { formatDated, NOT_DISCLOSED } from '../../ui/format';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { SourceRefs } from '../../ui/SourceRefs';
import { SPEC_FIELDS } from '../../ui/specs';
import { StatusBadge } from '../../ui/StatusBadge';
import { SpecHistory } from './SpecHistory';
import { VersionLinks } from './VersionLinks';

const ACCESS_LABEL = {
  research: 'research partners',
  waitlist: 'a waitlist',
  limited: 'limited access',
  public: 'public',
};

/**
 * One version: its lifecycle and every spec with its history and sources. The version the link asks for
 * (`?version=`) is scrolled to, focused and marked.
 */
export function VersionSpecs({ system, version, opened }: { system: System; version: Version; opened: boolean }) {
  const headingId = `version-${version.id}`;
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!opened) return;
    section.current?.focus({ preventScroll: true });
    section.current?.scrollIntoView({ block: 'start' });
  }, [opened]);
  const { announced, released, retired } = version.lifecycle;
  const parent = version.variantOf ? system.versions.find((v) => v.id === version.variantOf) : undefined;
  const successor = retired?.replacedBy ? system.versions.find((v) => v.id === retired.replacedBy) : undefined;
  return (
    <section
      ref={section}
      className={opened ? 'version version--opened' : 'version'}
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <h3 id={headingId}>
        {version.name} <StatusBadge status={statusOn(version, null)} />
      </h3>
      {parent && (
        <p className="muted">
          The “{version.tier}” tier of <a href={`#version-${parent.id}`}>{parent.name}</a>: its figures are its own.
        </p>
      )}
      <p>
        {version.summary} <SourceRefs ids={version.sourceIds} />
      </p>
      {version.note && <p className="note">Note: {version.note}</p>}
      <ScrollRegion label={`Specifications of ${version.name}`}>
        <table className="table spec-table">
          <caption className="visually-hidden">Lifecycle and specifications of {version.name}</caption>
          <tbody>
            <tr>
              <th scope="row">Announced</th>
              <td>
                {formatDated(announced)} {announced && <SourceRefs ids={announced.sourceIds} />}
                {announced?.note && <span className="cell-note">{announced.note}</span>}
              </td>
            </tr>
            <tr>
              <th scope="row">Released</th>
              <td>
                {released ? (
                  <>
                    {formatDated(released)}, {ACCESS_LABEL[released.access]} <SourceRefs ids={released.sourceIds} />
                    {released.note && <span className="cell-note">{released.note}</span>}
                  </>
                ) : (
                  'not released'
                )}
              </td>
            </tr>
            <tr>
              <th scope="row">Retired</th>
              <td>
                {retired ? (
                  <>
                    {formatDated(retired)}
                    {successor && (
                      <>
                        , replaced by <a href={`#version-${successor.id}`}>{successor.name}</a>
                      </>
                    )}{' '}
                    <SourceRefs ids={retired.sourceIds} />
                    {retired.note && <span className="cell-note">{retired.note}</span>}
                  </>
                ) : (
                  'not retired'
                )}
              </td>
            </tr>
            {SPEC_FIELDS.map(({ key, label }) => {
              const history = version.specs[key];
              return (
                <tr key={key}>
                  <th scope="row">{label}</th>
                  <td className={history.length ? undefined : 'not-disclosed'}>
                    {history.length ? <SpecHistory history={history} label={label} /> : NOT_DISCLOSED}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <VersionLinks system={system} version={version} />
    </section>
  );
}
