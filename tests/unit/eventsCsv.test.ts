import { describe, expect, it } from 'vitest';
import { eventsTable } from '../../src/features/timeline/eventsCsv';
import { realDataset } from '../../src/mocks/dataset';
import { toCsv } from '../../src/ui/export/csv';

describe('the timeline list as CSV', () => {
  const { events } = realDataset();
  it('has one row per event with ISO dates at their precision and ids joined by "; "', () => {
    const table = eventsTable(events);
    expect(table.columns.map((c) => c.label)).toEqual([
      'id',
      'date',
      'type',
      'title',
      'companies',
      'systems',
      'versions',
      'sources',
    ]);
    expect(table.rows).toHaveLength(events.length);
    for (const row of table.rows) expect(row.date).toMatch(/^\d{4}-\d\d(-\d\d)?$/);
    const many = events.find((e) => e.sourceIds.length > 1)!;
    expect(table.rows.find((r) => r.id === many.id)!.sources).toBe(many.sourceIds.join('; '));
    expect(toCsv(table).split('\r\n')[0]).toBe('\uFEFFid,date,type,title,companies,systems,versions,sources');
  });
});
