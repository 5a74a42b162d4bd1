import { columnHeader, formatCell, type ChartTable } from './chartTable';
import { HrefLink } from './HrefLink';
import { ScrollRegion } from './ScrollRegion';

export function ChartDataTable({ table, caption }: { table: ChartTable; caption: string }) {
  return (
    <ScrollRegion label={caption}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col">
                {columnHeader(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {table.columns.map((c, j) => {
                const value = row[c.key] ?? null;
                const Cell = j === 0 ? 'th' : 'td';
                const href = j === 0 ? table.links?.[i] : null;
                return (
                  <Cell
                    key={c.key}
                    scope={j === 0 ? 'row' : undefined}
                    className={value === null ? 'not-disclosed' : undefined}
                  >
                    {href ? <HrefLink href={href}>{formatCell(value, c.unit)}</HrefLink> : formatCell(value, c.unit)}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
