import { EVENT_TYPES, type Company, type EventFacets, type EventType, type System } from '../../data/schema';
import { DateRangeFilter } from './DateRangeFilter';
import { typeLabel } from './eventTypes';
import { CheckboxGroup, type CheckboxOption } from '../../ui/CheckboxGroup';
import { formatNumber } from '../../ui/format';
import { SearchBox } from './SearchBox';
import type { TimelineFilter } from './timelineSearch';
import type { Draft } from './useDraft';

interface Props {
  filter: TimelineFilter;
  companies: readonly Company[];
  systems: readonly System[];
  counts: EventFacets['counts'] | undefined;
  /** A range given backwards (From after To), reported by the date fields. */
  backwards?: { from: string; to: string } | undefined;
  onChange: (patch: Partial<TimelineFilter>) => void;
  /** The search box's text, kept by the page (the list follows it before the URL does). */
  search: Draft;
}

/** A facet's count: shown as a number, read out as "17 events"; an option that would give none is faint. */
function counted(count: number | null): Omit<CheckboxOption, 'value' | 'label'> {
  if (count === null) return {};
  return {
    hint: formatNumber(count),
    description: `${formatNumber(count)} ${count === 1 ? 'event' : 'events'}`,
    faint: count === 0,
  };
}

/** Every filter of the timeline; each option says how many events it would give. */
export function TimelineFilters({ filter, backwards, companies, systems, counts, onChange, search }: Props) {
  const companyOptions = companies.map((c) => ({
    ...counted(counts ? (counts.company[c.id] ?? 0) : null),
    value: c.id,
    label: c.name,
    color: c.color,
  }));
  const systemOptions = systems.map((s) => ({
    ...counted(counts ? (counts.system[s.id] ?? 0) : null),
    value: s.id,
    label: s.name,
  }));
  const typeOptions = EVENT_TYPES.map((t) => ({
    ...counted(counts ? counts.type[t] : null),
    value: t,
    label: typeLabel(t),
  }));
  return (
    <form className="timeline-filters" aria-label="Filter events" role="search" onSubmit={(e) => e.preventDefault()}>
      <SearchBox draft={search} />
      <DateRangeFilter
        range={{ from: filter.from, to: filter.to }}
        backwards={backwards}
        onChange={(r) => onChange(r)}
      />
      {companies.length || systems.length ? (
        <>
          <CheckboxGroup
            look="facet"
            legend="Company"
            options={companyOptions}
            selected={filter.company}
            onChange={(company) => onChange({ company })}
          />
          <CheckboxGroup
            look="facet"
            legend="System"
            options={systemOptions}
            selected={filter.system}
            onChange={(system) => onChange({ system })}
          />
        </>
      ) : (
        <p className="timeline-hint">No companies or systems to filter by.</p>
      )}
      <CheckboxGroup
        look="facet"
        legend="Event type"
        options={typeOptions}
        selected={filter.type}
        onChange={(type) => onChange({ type: type as EventType[] })}
      />
    </form>
  );
}
