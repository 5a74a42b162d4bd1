import type { CapabilityMatrix } from './capabilityMatrix';
import { MatrixMark } from './MatrixMark';
import { CAPABILITIES } from './capabilityMatrix';
import { ScrollRegion } from '../ScrollRegion';
import { versionHref } from '../links';
import { HtmlMarkLink } from './MarkLink';

/** The capability matrix as a grid of marks: filled (yes), hollow (no), hatched (not disclosed). */
export function CapabilityMatrixChart({ matrix }: { matrix: CapabilityMatrix }) {
  return (
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
                <HtmlMarkLink href={versionHref(row.systemId, row.id)} label={`${row.label} — open version`}>
                  {row.label}
                </HtmlMarkLink>
              </th>
              {CAPABILITIES.map((c) => (
                <td key={c.key}>
                  <MatrixMark cell={row.cells[c.key]} color={row.color} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
