/** The filtered timeline list as a table for its CSV: one row per event, ids joined with "; ", ISO dates. */
import type { Event } from '../../data/schema';
import type { ChartTable } from '../../ui/chartTable';

export function eventsTable(events: readonly Event[]): ChartTable {
  return {
    columns: ['id', 'date', 'type', 'title', 'companies', 'systems', 'versions', 'sources'].map((key) => ({
      key,
      label: key,
    })),
    rows: events.map((e) => ({
      id: e.id,
      // An ISO 8601 date at its precision: 2025-05-20, or 2025-05 when only the month is known.
      date: e.date,
      type: e.type,
      title: e.title,
      companies: e.companyIds.join('; '),
      systems: e.systemIds.join('; '),
      versions: e.versionIds.join('; '),
      sources: e.sourceIds.join('; '),
    })),
  };
}
