import { describe, expect, it } from 'vitest';
import { api } from '../../src/data/api';
import { chaosHandlers } from '../../src/mocks/chaos';
import { server } from '../../src/mocks/node';
import { realDataset } from '../../src/mocks/dataset';

describe('the mock API’s "empty" mode', () => {
  it('is empty everywhere: lists, events, facets and meta’s counts, the dataset’s version kept', async () => {
    server.use(...chaosHandlers('empty', realDataset));
    expect((await api.companies()).data).toEqual([]);
    expect((await api.events({})).total).toBe(0);
    const facets = (await api.eventFacets({})).data;
    expect(facets).toMatchObject({ total: 0, months: [], lanes: [], sourceIds: [], span: null });
    expect(Object.values(facets.counts.type).every((n) => n === 0)).toBe(true);
    const meta = (await api.meta()).data;
    expect(meta.counts).toEqual({ companies: 0, systems: 0, events: 0, sources: 0 });
    expect(meta.version).toBeTruthy();
  });
});
