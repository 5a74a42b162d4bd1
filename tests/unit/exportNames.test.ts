import { describe, expect, it } from 'vitest';
import { buildCitation } from '../../src/ui/export/citation';
import { exportFileName, slugify } from '../../src/ui/export/fileName';
import { sourcesMarkdown } from '../../src/ui/export/zip';
import { realDataset } from '../../src/mocks/dataset';

const day = new Date(2025, 7, 23, 12);

describe('file names', () => {
  it('come from the title and the date', () => {
    expect(exportFileName('Max clip length', 'png', day)).toBe('genscope-max-clip-length-2025-08-23.png');
    expect(exportFileName('Max clip length', 'png', day, '-2x')).toBe('genscope-max-clip-length-2x-2025-08-23.png');
  });

  it('are safe whatever the title holds', () => {
    expect(slugify('Résolution max. (px) / “Veo 3.1”')).toBe('resolution-max-px-veo-3-1');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('<script>alert(1)</script>')).toBe('script-alert-1-script');
    expect(slugify('🎬')).toBe('chart');
    expect(slugify('a'.repeat(500)).length).toBeLessThanOrEqual(60);
  });
});

describe('citation and sources.md', () => {
  const { sources } = realDataset();
  const byPublisher = (publisher: string) => sources.find((s) => s.publisher === publisher)!;
  it('a citation names the chart, the view URL, the access date and each source', () => {
    const text = buildCitation({
      title: 'Max clip length',
      sourceIds: [byPublisher('Digital Trends').id, byPublisher('Digital Trends').id, 'seed'],
      sources,
      url: 'http://localhost/compare?systems=sora',
      date: day,
    });
    expect(text).toContain(
      '“Max clip length”. Genscope, http://localhost/compare?systems=sora (accessed 23 Aug 2025).',
    );
    expect(text.match(/^- /gm)).toHaveLength(2);
    expect(text).toContain('https://www.digitaltrends.com/');
  });

  it("a chart's citation names the dataset's version and date", () => {
    const text = buildCitation({
      title: 'Max clip length',
      sourceIds: [],
      sources,
      url: 'http://localhost/compare',
      date: day,
      dataset: { version: '2.0.0', updatedAt: '2026-11-26' },
    });
    expect(text).toContain(
      '“Max clip length”. Genscope, dataset v2.0.0 of 26 Nov 2026, http://localhost/compare (accessed 23 Aug 2025).',
    );
  });

  it('sources.md lists each chart with its sources', () => {
    const md = sourcesMarkdown([{ title: 'Chart A', sourceIds: [byPublisher('TechCrunch').id] }], sources, 'http://x/');
    expect(md).toContain(`## Chart A\n\n- [${byPublisher('TechCrunch').id}] TechCrunch`);
  });
});

describe('file names say which view they hold', () => {
  it('name the page, how the chart reads, the day of the export and the day shown', () => {
    expect(exportFileName('API price per second', 'csv', day, '', { url: 'http://h/compare', asOf: null })).toBe(
      'genscope-compare-api-price-per-second-2025-08-23.csv',
    );
    expect(
      exportFileName('API price per second', 'csv', day, '', {
        url: 'http://h/compare?systems=veo&scale=log&sort=value&asOf=2025-01-01',
        asOf: '2025-01-01',
      }),
    ).toBe('genscope-compare-api-price-per-second-log-by-value-2025-08-23-asof-2025-01-01.csv');
    expect(exportFileName('Max clip length', 'png', day, '-2x', { url: 'http://h/' })).toBe(
      'genscope-overview-max-clip-length-2x-2025-08-23.png',
    );
    expect(exportFileName('Events', 'csv', day, '', { url: 'http://h/systems/veo?x=1' })).toBe(
      'genscope-systems-veo-events-2025-08-23.csv',
    );
  });
});
