/** The caveat that travels with a value (sources differ, unconfirmed …), as a visible footnote marker. */
export function SpecNote({ spec }: { spec: { note?: string | undefined } | null }) {
  if (!spec?.note) return null;
  return (
    <span className="spec-note" title={spec.note}>
      <span aria-hidden="true">*</span>
      <span className="visually-hidden">Note: {spec.note}</span>
    </span>
  );
}
