import type { CapabilityMatrix, MatrixCell } from './capabilityMatrix';
import { CAPABILITIES } from './capabilityMatrix';
import { CompanyLegend } from './CompanyLegend';
import { ScrollRegion } from '../ScrollRegion';

function Mark({ cell, color }: { cell: MatrixCell; color: string }) {
  const note = cell.note ? (
    <span className="spec-note" title={cell.note}>
      <span aria-hidden="true">*</span>
      <span className="visually-hidden">Note: {cell.note}</span>
    </span>
  ) : null;
  if (cell.kind === 'value')
    return (
      <>
        <span className="matrix__value">{cell.text}</span>
        {note}
      </>
    );
  const mark = (
    <span
      className={`matrix__mark matrix__mark--${cell.kind}`}
      style={{ '--mark': color } as React.CSSProperties}
      aria-hidden="true"
    />
  );
  // "Not disclosed" is drawn as the hatched mark (see the legend); the words stay for screen readers.
  if (cell.kind === 'not-disclosed')
    return (
      <>
        {mark}
        <span className="visually-hidden">{cell.text}</span>
      </>
    );
  return (
    <>
      {mark}
      <span className="matrix__text">{cell.text}</span>
      {note}
    </>
  );
}

/** The capability matrix as a grid of marks: filled (yes), hollow (no), hatched (not disclosed). */
export function CapabilityMatrixChart({ matrix }: { matrix: CapabilityMatrix }) {
  if (!matrix.rows.length) return <p className="muted">Nothing to draw for this selection.</p>;
  return (
    <>
      <CompanyLegend
        items={matrix.legend}
        extra={[
          { key: 'yes', label: 'yes', className: 'legend__swatch--yes' },
          { key: 'no', label: 'no', className: 'legend__swatch--no' },
          { key: 'nd', label: 'not disclosed', className: 'legend__swatch--nd' },
        ]}
      />
      <ScrollRegion label="Capability matrix">
        <table className="matrix">
          <caption className="visually-hidden">Capabilities by version</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              {CAPABILITIES.map((c) => (
                <th key={c.key} scope="col">
                  {/* A soft hyphen lets the longest header break on narrow frames. */}
                  {c.label.replace('Personalisation', 'Personal\u00adisation')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <span className="legend__swatch" style={{ background: row.color }} aria-hidden="true" />
                  {row.label}
                </th>
                {CAPABILITIES.map((c) => (
                  <td key={c.key}>
                    <Mark cell={row.cells[c.key]} color={row.color} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
