import type { Version } from '../../data/schema';
import { SPEC_FIELDS, formatSpec } from '../../data/specs';
import { SourceRefs } from '../../ui/SourceRefs';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatDated } from '../../ui/format';
import { ScrollRegion } from '../../ui/ScrollRegion';

export function VersionSpecs({ version }: { version: Version }) {
  const headingId = `version-${version.id}`;
  return (
    <section className="version" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {version.name} <StatusBadge status={version.status} />
      </h3>
      <p>
        {version.summary} <SourceRefs ids={version.sourceIds} />
      </p>
      {version.note && <p className="note">Note: {version.note}</p>}
      <ScrollRegion label={`Specifications of ${version.name}`}>
        <table className="table">
          <caption className="visually-hidden">Specifications of {version.name}</caption>
          <tbody>
            <tr>
              <th scope="row">Announced</th>
              <td>{formatDated(version.announced)}</td>
              <td />
            </tr>
            <tr>
              <th scope="row">Released</th>
              <td>{version.released ? formatDated(version.released) : 'not released'}</td>
              <td />
            </tr>
            {SPEC_FIELDS.map(({ key, label }) => {
              const spec = version.specs[key];
              return (
                <tr key={key}>
                  <th scope="row">{label}</th>
                  <td className={spec ? undefined : 'not-disclosed'}>
                    {formatSpec(version.specs, key)}
                    {spec?.note && <span className="cell-note">{spec.note}</span>}
                  </td>
                  <td>{spec && <SourceRefs ids={spec.sourceIds} />}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
