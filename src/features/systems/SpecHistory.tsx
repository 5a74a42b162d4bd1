import { seriesOf } from '../../data/history';
import type { SpecValue } from '../../data/schema';
import { formatDated } from '../../ui/format';
import { formatValue } from '../../ui/specs';
import { SourceRefs } from '../../ui/SourceRefs';
import { SpecNote } from '../../ui/SpecNote';

/**
 * A spec's values in order, each with the day it came into force and its sources:
 * "$0.75/s at 720p since release → $0.40/s at 720p from 9 Sep 2025".
 */
export function SpecHistory({ history, label }: { history: readonly SpecValue[]; label: string }) {
  return (
    <>
      {seriesOf(history).map((series, i) => (
        <ol key={i} className="spec-history" aria-label={`${label}, history`}>
          {series.map((v, j) => (
            <li key={j}>
              {j > 0 && (
                <span className="spec-history__arrow" aria-hidden="true">
                  →{' '}
                </span>
              )}
              <span className="spec-history__value">{formatValue(v)}</span>{' '}
              <span className="muted">{v.from ? `from ${formatDated(v.from)}` : 'since release'}</span>
              <SpecNote spec={v} /> <SourceRefs ids={v.sourceIds} />
              {v.note && <span className="cell-note">{v.note}</span>}
            </li>
          ))}
        </ol>
      ))}
    </>
  );
}
