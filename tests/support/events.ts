import type { Event } from '../../src/data/schema';

/** A Meta release event with the given id and date (`YYYY-MM` makes it month-precision), for list tests. */
export const eventOn = (id: string, date: string): Event => ({
  id,
  date,
  precision: date.length === 7 ? 'month' : 'day',
  companyIds: ['meta'],
  systemIds: [],
  versionIds: [],
  type: 'release',
  title: id,
  summary: id,
  sourceIds: ['S1'],
});
