/** The box a timeline chart's tooltip draws: a title and a few lines. */
export function ChartTooltipBox({ title, lines }: { title: string; lines: readonly string[] }) {
  return (
    <div className="timeline-tooltip">
      <p className="timeline-tooltip__title">{title}</p>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
