import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGE_SIZE } from '../../src/features/timeline/useTimelineView';
import { realDataset } from '../../src/mocks/dataset';
import { captureDownloads } from '../support/downloads';
import { renderApp } from '../support/renderApp';

const ds = realDataset();

/** What the app downloads, by file name. */
let saved: Map<string, Blob>;
beforeEach(() => {
  saved = captureDownloads();
});

const printedTitles = () =>
  [...document.querySelectorAll('[data-print-events] li .print-events__title')].map((p) => p.textContent);

describe('the whole filtered timeline list, out of the page', { timeout: 30_000 }, () => {
  it('downloads as a CSV with every filtered event, not only the loaded page', async () => {
    expect(ds.events.length).toBeGreaterThan(PAGE_SIZE); // so that the list loads in pages
    renderApp('/timeline');
    const events = await screen.findByRole('region', { name: 'Events' });
    await userEvent.click(await within(events).findByRole('button', { name: 'Download the list (CSV)' }));
    await waitFor(() => expect(within(events).getByText(/^Saved genscope-timeline-events-/)).toBeInTheDocument());
    const [name, blob] = [...saved][0]!;
    expect(name).toMatch(/^genscope-timeline-events-\d{4}-\d\d-\d\d\.csv$/);
    const text = new TextDecoder().decode(new Uint8Array(await blob.arrayBuffer())).replace(/^\uFEFF/, '');
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(Object.keys(rows[0]!)).toEqual([
      'id',
      'date',
      'type',
      'title',
      'companies',
      'systems',
      'versions',
      'sources',
    ]);
    expect(rows.map((r) => r.id).sort()).toEqual(ds.events.map((e) => e.id).sort());
    const sample = ds.events[0]!;
    expect(rows.find((r) => r.id === sample.id)).toEqual({
      id: sample.id,
      date: sample.date,
      type: sample.type,
      title: sample.title,
      companies: sample.companyIds.join('; '),
      systems: sample.systemIds.join('; '),
      versions: sample.versionIds.join('; '),
      sources: sample.sourceIds.join('; '),
    });
  });

  it('a filtered CSV holds exactly the filtered events', async () => {
    const lawsuits = ds.events.filter((e) => e.type === 'lawsuit');
    renderApp('/timeline?type=lawsuit');
    const events = await screen.findByRole('region', { name: 'Events' });
    await userEvent.click(await within(events).findByRole('button', { name: 'Download the list (CSV)' }));
    await waitFor(() => expect(saved.size).toBe(1));
    const text = await [...saved.values()][0]!.text();
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true }).data;
    expect(
      rows
        .filter((r) => r.id)
        .map((r) => r.id)
        .sort(),
    ).toEqual(lawsuits.map((e) => e.id).sort());
  });

  it('prints every filtered event: the whole list is in the page when the print dialog opens', async () => {
    let atPrint: (string | null)[] = [];
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      atPrint = printedTitles();
    });
    renderApp('/timeline');
    const events = await screen.findByRole('region', { name: 'Events' });
    await within(events).findAllByRole('article');
    // On screen the print-only list is not in the page: a hidden copy of a long list costs every render.
    expect(document.querySelector('[data-print-events]')).toBeNull();
    // The browser's own print (Ctrl+P): the loaded page, saying it is not all; gone again after.
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(printedTitles()).toHaveLength(PAGE_SIZE);
    expect(document.querySelector('[data-print-events]')).toHaveTextContent(
      `${PAGE_SIZE} of ${ds.events.length} events`,
    );
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(document.querySelector('[data-print-events]')).toBeNull();
    await userEvent.click(within(events).getByRole('button', { name: 'Print the list' }));
    await waitFor(() => expect(print).toHaveBeenCalledOnce());
    expect([...atPrint].sort()).toEqual(ds.events.map((e) => e.title).sort());
    expect(document.querySelector('[data-print-events]')).toBeNull(); // gone once printed
  });
});
