import type { ExportStatus } from './ExportMenu';

/** What the last export of a frame did ("Saved genscope-….png", or why it failed). Always in the tree, so
 * that screen readers announce each change. */
export function ExportStatusLine({ status }: { status: ExportStatus }) {
  return (
    <p className={`chart-frame__status chart-frame__status--${status?.kind ?? 'idle'}`} role="status">
      {status?.text}
    </p>
  );
}
