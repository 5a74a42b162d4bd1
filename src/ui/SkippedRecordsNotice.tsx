import { dismissSkipped, useSkippedRecords } from '../data/skippedRecords';

/** "1 record skipped": names the records the data API sent that did not match the schema. Dismissible. */
export function SkippedRecordsNotice() {
  const skipped = useSkippedRecords();
  if (!skipped.length) return null;
  const n = skipped.length;
  return (
    <aside className="notice notice--warning" aria-label="Data notice">
      <p>
        <strong>
          {n} {n === 1 ? 'record' : 'records'} skipped
        </strong>{' '}
        because {n === 1 ? 'it does' : 'they do'} not match the data schema; everything else is shown.
      </p>
      <ul>
        {skipped.slice(0, 5).map((r) => (
          <li key={`${r.endpoint}|${r.id ?? r.index}`}>
            {r.id ?? `item ${r.index + 1}`} from <code>{r.endpoint}</code>: {r.message}
          </li>
        ))}
        {n > 5 && <li>and {n - 5} more (see the console)</li>}
      </ul>
      <button type="button" className="button button--small" onClick={dismissSkipped}>
        Dismiss
      </button>
    </aside>
  );
}
