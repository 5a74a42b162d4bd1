import { EVENT_TYPES, type Company, type EventFacets, type EventType, type System } from '../../data/schema';
import { DateRangeFilter } from './DateRangeFilter';
import { typeLabel } from './eventTypes';
import { FacetGroup, type FacetOption } from './FacetGroup';
import { SearchBox } from './SearchBox';
import type { TimelineFilter } from './timelineSearch';

interface Props {
  filter: TimelineFilter;
  companies: readonly Company[];
  systems: readonly System[];
  counts: EventFacets['counts'] | undefined;
  onChange: (patch: Partial<TimelineFilter>) => void;
}

/** Every filter of the timeline; each option says how many events it would give. */
export function TimelineFilters({ filter, companies, systems, counts, onChange }: Props) {
  const companyOptions: FacetOption[] = companies.map((c) => ({
    value: c.id,
    label: c.name,
    color: c.color,
    count: counts ? (counts.company[c.id] ?? 0) : null,
  }));
  const systemOptions: FacetOption[] = systems.map((s) => ({
    value: s.id,
    label: s.name,
    count: counts ? (counts.system[s.id] ?? 0) : null,
  }));
  const typeOptions: FacetOption[] = EVENT_TYPES.map((t) => ({
    value: t,
    label: typeLabel(t),
    count: counts ? counts.type[t] : null,
  }));
  return (
    <form className="timeline-filters" aria-label="Filter events" role="search" onSubmit={(e) => e.preventDefault()}>
      <SearchBox value={filter.q} onCommit={(q) => onChange({ q })} />
      <DateRangeFilter range={{ from: filter.from, to: filter.to }} onChange={(r) => onChange(r)} />
      {companies.length || systems.length ? (
        <>
          <FacetGroup
            legend="Company"
            options={companyOptions}
            selected={filter.company}
            onChange={(company) => onChange({ company })}
          />
          <FacetGroup
            legend="System"
            options={systemOptions}
            selected={filter.system}
            onChange={(system) => onChange({ system })}
          />
        </>
      ) : (
        <p className="timeline-hint">No companies or systems to filter by.</p>
      )}
      <FacetGroup
        legend="Event type"
        options={typeOptions}
        selected={filter.type}
        onChange={(type) => onChange({ type: type as EventType[] })}
      />
    </form>
  );
}
