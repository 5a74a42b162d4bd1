import { describe, expect, it } from 'vitest';
import { cardFacts } from '../../src/features/overview/cardFacts';
import { factsBySource } from '../../src/features/sources/factsBySource';
import { buildEventSeries } from '../../src/features/systems/eventSeries';
import { realDataset } from '../../src/mocks/dataset';

const ds = realDataset();
const system = (id: string) => ds.systems.find((s) => s.id === id)!;

describe('factsBySource (Sources page)', () => {
  const facts = factsBySource(ds);

  it('lists the specs, versions, companies and events that cite a source', () => {
    const veo3 = system('veo').versions.find((v) => v.id === 'veo-3')!;
    const [audioSource] = veo3.specs.nativeAudio[0]!.sourceIds;
    expect(facts.get(audioSource!)?.map((f) => f.text)).toContain('Veo 3: Native audio');
    const [retiredSource] = veo3.lifecycle.retired!.sourceIds;
    expect(facts.get(retiredSource!)?.map((f) => f.text)).toContain('Veo 3: retired 30 Jun 2026');
    const [cutSource] = veo3.specs.pricePerSecond[0]!.sourceIds;
    expect(facts.get(cutSource!)?.map((f) => f.text)).toContain('Veo 3: API price per second (from 9 Sep 2025)');
    const event = ds.events[0]!;
    expect(facts.get(event.sourceIds[0]!)?.map((f) => f.text)).toContain(`Event: ${event.title}`);
    const company = ds.companies[0]!;
    expect(facts.get(company.sourceIds[0]!)?.map((f) => f.text)).toContain(`Company: ${company.name}`);
  });

  it('counts every citation in the dataset exactly once per fact', () => {
    let citations = 0;
    for (const c of ds.companies) citations += new Set(c.sourceIds).size;
    for (const s of ds.systems) {
      citations += new Set(s.sourceIds).size;
      for (const v of s.versions) {
        citations += new Set(v.sourceIds).size;
        for (const step of Object.values(v.lifecycle)) if (step) citations += new Set(step.sourceIds).size;
        for (const history of Object.values(v.specs))
          for (const value of history) citations += new Set(value.sourceIds).size;
      }
    }
    for (const e of ds.events) citations += new Set(e.sourceIds).size;
    expect([...facts.values()].reduce((n, list) => n + list.length, 0)).toBe(citations);
  });
});

describe('buildEventSeries (System page)', () => {
  it('draws every event of a system once, oldest first, one row per type it has', () => {
    const events = ds.events.filter((e) => e.systemIds.includes('veo'));
    const s = buildEventSeries(events);
    expect(s.points).toHaveLength(events.length);
    expect(s.table.rows.map((r) => r.date)).toEqual(events.map((e) => e.date).sort());
    expect(new Set(s.rows)).toEqual(new Set(events.map((e) => e.type)));
    for (const p of s.points) expect(s.rows[p.rowIndex]).toBe(p.row);
  });
});

describe('cardFacts (Overview cards)', () => {
  it("gives the headline version's values, and the latest earlier version's when it discloses none", () => {
    const sora = cardFacts(system('sora'));
    expect(sora.version?.id).toBe('sora-2');
    expect(sora.facts.find((f) => f.key === 'pricePerSecond')).toMatchObject({ text: '$0.10/s at 720p' });
    const imagine = cardFacts(system('imagine'));
    const clip = imagine.facts.find((f) => f.key === 'maxClipSeconds')!;
    expect(clip).toMatchObject({ text: 'not disclosed', value: null, fallback: null });
    const veo = cardFacts(system('veo'));
    expect(veo.version?.id).toBe('gemini-omni-1-2-flash');
    expect(veo.facts.find((f) => f.key === 'maxResolution')).toMatchObject({ text: '2160p' });
    // Omni 1.2's price is not disclosed: the card says so and adds the latest earlier version's.
    expect(veo.facts.find((f) => f.key === 'pricePerSecond')).toMatchObject({
      text: 'not disclosed',
      value: null,
      fallback: { versionName: 'Veo 3.1', text: '$0.40/s at 720p' },
    });
  });
});
