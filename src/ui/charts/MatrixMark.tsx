import type { MatrixCell } from './capabilityMatrix';

/** One cell of the capability matrix: a mark (filled yes, hollow no, hatched not disclosed) and its words. */
export function MatrixMark({ cell, color }: { cell: MatrixCell; color: string }) {
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
