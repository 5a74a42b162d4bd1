/** Caveats drawn under a chart, each marked like the values they explain. */
export function ChartNotes({ notes }: { notes: readonly string[] }) {
  if (!notes.length) return null;
  return (
    <ul className="chart-notes">
      {notes.map((n) => (
        <li key={n}>* {n}</li>
      ))}
    </ul>
  );
}
