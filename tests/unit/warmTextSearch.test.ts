import { describe, expect, it } from 'vitest';
import { viewOf } from '../../src/api/datasetView';
import { TEXT_SLICE } from '../../src/api/eventIndexBuild';
import { warmTextSearch } from '../../src/api/warmTextSearch';
import { realDataset } from '../../src/mocks/dataset';
import { generateSyntheticDataset } from '../../src/mocks/variants/synthetic';

describe('warmTextSearch', () => {
  it('builds the texts and then the word index a slice per task, once per dataset', () => {
    const dataset = generateSyntheticDataset(realDataset(), { events: 5000, seed: 3 });
    const tasks: (() => void)[] = [];
    warmTextSearch(dataset, (slice) => tasks.push(slice));
    warmTextSearch(dataset, (slice) => tasks.push(slice)); // a second call adds no second warm-up
    let ran = 0;
    for (let task = tasks.shift(); task; task = tasks.shift()) {
      expect(viewOf(dataset).index().words, `before task ${ran + 1}`).toBeUndefined();
      task();
      ran++;
    }
    // Texts in slices, then words in slices: one task per slice of each, each in a task of its own.
    expect(ran).toBe(2 * Math.ceil(5000 / TEXT_SLICE));
    expect(viewOf(dataset).index().words?.words).toContain('cinematic');
  });
});
