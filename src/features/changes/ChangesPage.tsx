import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useId, useMemo } from 'react';
import { sourcesQuery, systemsQuery } from '../../data/queries';
import type { System } from '../../data/schema';
import { formatDated, formatNumber } from '../../ui/format';
import { QueryView } from '../../ui/QueryStates';
import { SourceKindsContext, SourceRefs } from '../../ui/SourceRefs';
import { SpecNote } from '../../ui/SpecNote';
import { buildChangeLog } from './changeLog';
import { usePageTitle } from '../../ui/usePageTitle';
import './changes.css';

/** "What changed": every dated change in the dataset, newest first, filterable by system (in the URL). */
export function ChangesPage() {
  const systems = useQuery(systemsQuery());
  const { system } = useSearch({ from: '/changes' });
  usePageTitle('What changed', systems.data?.find((s) => s.id === system)?.name);
  const sources = useQuery(sourcesQuery());
  const kinds = useMemo(() => (sources.data ? new Map(sources.data.map((s) => [s.id, s.kind])) : null), [sources.data]);
  return (
    <section className="page" aria-labelledby="changes-title">
      <h1 id="changes-title">What changed</h1>
      <p className="lede">
        Every dated change in the dataset, newest first: releases, retirements, and each price, limit or access change
        on the day it took effect, with its sources ([S12✓]: the company’s own page).
      </p>
      <QueryView query={systems} what="systems" isEmpty={(d) => d.length === 0}>
        {(all) => (
          <SourceKindsContext.Provider value={kinds}>
            <ChangeList systemList={all} />
          </SourceKindsContext.Provider>
        )}
      </QueryView>
    </section>
  );
}

function ChangeList({ systemList }: { systemList: System[] }) {
  const { system } = useSearch({ from: '/changes' });
  const navigate = useNavigate({ from: '/changes' });
  const selectId = useId();
  const known = systemList.find((s) => s.id === system);
  const all = useMemo(() => buildChangeLog(systemList), [systemList]);
  const changes = known ? all.filter((c) => c.systemId === known.id) : all;
  const names = new Map(systemList.map((s) => [s.id, s.name]));
  return (
    <>
      <div className="changes-filter">
        <label htmlFor={selectId}>System</label>
        <select
          id={selectId}
          className="input"
          value={known?.id ?? ''}
          onChange={(e) => void navigate({ search: e.target.value ? { system: e.target.value } : {} })}
        >
          <option value="">All systems</option>
          {systemList.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <p className="muted" role="status">
          {formatNumber(changes.length)} {changes.length === 1 ? 'change' : 'changes'}
          {known ? ` to ${known.name}` : ''}
        </p>
      </div>
      {system && !known && <p className="notice">No system with the id “{system}”: showing every system.</p>}
      <ol className="change-list" aria-label={known ? `Changes to ${known.name}` : 'Every change'}>
        {changes.map((c) => (
          <li key={c.key} className="change">
            <time className="change__date" dateTime={c.date.date}>
              {formatDated(c.date)}
            </time>
            <span className="change__what">
              <strong>{c.version}</strong>
              {!known && <span className="muted"> ({names.get(c.systemId)})</span>} · {c.what}
              {c.after && (
                <>
                  : {c.before && <>{c.before} → </>}
                  {c.after}
                </>
              )}
              <SpecNote spec={{ note: c.note ?? undefined }} /> <SourceRefs ids={c.sourceIds} />
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
