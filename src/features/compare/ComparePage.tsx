import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { systemsQuery } from '../../data/queries';
import { SPEC_FIELDS, formatSpec } from '../../data/specs';
import { headlineVersion } from '../../data/systems';
import { QueryView } from '../../ui/QueryStates';

export function ComparePage() {
  const systems = useQuery(systemsQuery());
  return (
    <section className="page" aria-labelledby="compare-title">
      <h1 id="compare-title">Compare</h1>
      <p className="lede">The latest video version of each system, spec by spec.</p>
      <QueryView query={systems} what="systems" isEmpty={(d) => d.length === 0}>
        {(data) => {
          const rows = data.map((s) => ({ system: s, version: headlineVersion(s) }));
          return (
            <div className="table-scroll">
              <table className="table">
                <caption>Specifications of the latest version of each system</caption>
                <thead>
                  <tr>
                    <th scope="col">Spec</th>
                    {rows.map(({ system, version }) => (
                      <th key={system.id} scope="col">
                        <Link to="/systems/$systemId" params={{ systemId: system.id }}>
                          {system.name}
                        </Link>
                        <br />
                        <span className="muted">{version?.name}</span>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {SPEC_FIELDS.map(({ key, label }) => (
                    <tr key={key}>
                      <th scope="row">{label}</th>
                      {rows.map(({ system, version }) => (
                        <td key={system.id} className={version?.specs[key] ? undefined : 'not-disclosed'}>
                          {version ? formatSpec(version.specs, key) : 'not disclosed'}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </QueryView>
    </section>
  );
}
