import { useId } from 'react';
import { changedRows, diffVersions } from './versionDiff';
import type { DiffChoice } from './diffSelection';
import { ScrollRegion } from '../../ui/ScrollRegion';

/** Two versions side by side, listing what changed from the first to the second. */
export function VersionDiffPanel({
  choice,
  showAll,
  onChange,
  onShowAll,
}: {
  choice: DiffChoice;
  /** Whether unchanged fields are listed too (kept in the URL). */
  showAll: boolean;
  onChange: (pair: [string, string]) => void;
  onShowAll: (show: boolean) => void;
}) {
  const firstId = useId();
  const secondId = useId();
  const { pair, options } = choice;
  const select = (id: string, value: string | undefined, label: string, pick: (v: string) => void) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="input" value={value ?? ''} onChange={(e) => pick(e.target.value)}>
        {!value && <option value="">Choose a version</option>}
        {options.map((o) => (
          <optgroup key={o.system.id} label={o.system.name}>
            {o.versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
  const [a, b] = pair ?? [];
  const rows = a && b ? diffVersions(a, b) : [];
  const shown = showAll ? rows : changedRows(rows);
  return (
    <section className="diff" aria-labelledby="diff-title">
      <h2 id="diff-title">What changed between two versions</h2>
      <div className="diff__pickers">
        {select(firstId, a?.version.id, 'From version', (v) => onChange([v, b?.version.id ?? v]))}
        {select(secondId, b?.version.id, 'To version', (v) => onChange([a?.version.id ?? v, v]))}
        <label className="check">
          <input type="checkbox" checked={showAll} onChange={(e) => onShowAll(e.target.checked)} />
          Show unchanged fields
        </label>
      </div>
      {a && b && a.version.id === b.version.id && (
        <p className="notice" role="status">
          Both sides are {a.label}: choose another version on one side to see what changed.
        </p>
      )}
      {a && b && a.version.id !== b.version.id && (
        <ScrollRegion label="Differences between the two versions">
          <table className="table diff__table">
            <caption>
              {a.label} → {b.label}: {changedRows(rows).length} of {rows.length} fields differ
            </caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">{a.label}</th>
                <th scope="col">{b.label}</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.key} className={`diff__row diff__row--${r.change.replace(/ /g, '-')}`}>
                  <th scope="row">{r.label}</th>
                  <td className={r.before === 'not disclosed' ? 'not-disclosed' : undefined}>{r.before}</td>
                  <td className={r.after === 'not disclosed' ? 'not-disclosed' : undefined}>{r.after}</td>
                  <td>{r.change}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
