/** The tooltip box of every chart: a title, lines of values with units, and caveats. */
export function ChartTooltipBox({
  title,
  lines,
  notes = [],
}: {
  title: string;
  lines: readonly string[];
  notes?: readonly string[];
}) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{title}</p>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {notes.map((note) => (
        <p key={note} className="chart-tooltip__note">
          * {note}
        </p>
      ))}
    </div>
  );
}
