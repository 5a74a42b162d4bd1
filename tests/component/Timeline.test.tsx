import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { typeLabel } from '../../src/features/timeline/eventTypes';
import { realDataset } from '../../src/mocks/dataset';
import { renderApp } from '../support/renderApp';

const ds = realDataset();
type Ev = (typeof ds.events)[number];
const count = (pred: (e: Ev) => boolean) => ds.events.filter(pred).length;
/** Whether an event overlaps [from, to] (days); a month-precision event covers its whole month. */
const overlaps = (e: Ev, from: string, to: string) =>
  (e.precision === 'month' ? `${e.date}-31` : e.date) >= from &&
  (e.precision === 'month' ? `${e.date}-01` : e.date) <= to;
const metaPartnerships = count((e) => e.companyIds.includes('meta') && e.type === 'partnership');

/** The result count, as the status line above the list says it: "12 events of 49". */
const resultCount = () =>
  screen.getAllByRole('status').find((s) => /^\d+ events?\b/.test(s.textContent ?? ''))?.textContent;
async function expectResultCount(n: number) {
  await waitFor(() => expect(resultCount()).toMatch(new RegExp(`^${n} events?( of \\d+)?$`)), { timeout: 5000 });
}

/** A filter option, found by its name; its description says how many events it would give. */
const option = (group: string, name: string) =>
  within(screen.getByRole('group', { name: group })).getByRole('checkbox', { name });

const events = () => screen.getByRole('region', { name: 'Events' });
const eventTitles = () =>
  within(events())
    .getAllByRole('article')
    .map((a) => a.getAttribute('aria-labelledby') && within(a).getByRole('heading', { level: 4 }).textContent);

afterEach(() => vi.useRealTimers());

describe('Timeline', { timeout: 20_000 }, () => {
  it('lists every event, newest first, grouped by month, with date, type, companies and sources', async () => {
    renderApp('/timeline');
    await expectResultCount(ds.events.length);
    const first = within(events()).getAllByRole('article')[0]!;
    const newest = [...ds.events].sort((a, b) => (a.date < b.date ? 1 : -1))[0]!;
    expect(within(first).getByRole('heading', { level: 4 })).toHaveTextContent(newest.title);
    expect(first.querySelector('time')).toHaveAttribute('datetime', newest.date);
    expect(first).toHaveTextContent(typeLabel(newest.type));
    for (const id of newest.companyIds) expect(first).toHaveTextContent(ds.companies.find((c) => c.id === id)!.name);
    expect(first).toHaveTextContent(/Sources: \S/);
    // The month heading above it names the month and counts that month's events.
    const month = newest.date.slice(0, 7);
    const inMonth = count((e) => e.date.slice(0, 7) === month);
    expect(within(events()).getAllByRole('heading', { level: 3 })[0]).toHaveTextContent(
      new RegExp(`^\\w+ ${month.slice(0, 4)} · ${inMonth} events?$`),
    );
  });

  it('filters by company and type; each option counts what it would give with the other filters', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/timeline');
    await expectResultCount(ds.events.length);

    const metaCount = count((e) => e.companyIds.includes('meta'));
    await waitFor(() => expect(option('Company', 'Meta')).toHaveAccessibleDescription(`${metaCount} events`));
    expect(option('Event type', 'Release')).toHaveAccessibleDescription(`${count((e) => e.type === 'release')} events`);

    await user.click(option('Company', 'Meta'));
    await expectResultCount(metaCount);
    // The type options now count Meta's events of each type …
    await waitFor(() =>
      expect(option('Event type', 'Partnership')).toHaveAccessibleDescription(
        `${metaPartnerships} ${metaPartnerships === 1 ? 'event' : 'events'}`,
      ),
    );
    const metaReleases = count((e) => e.companyIds.includes('meta') && e.type === 'release');
    expect(option('Event type', 'Release')).toHaveAccessibleDescription(`${metaReleases} events`);
    // … while the company options still count every company with the other filters (none) applied.
    expect(option('Company', 'OpenAI')).toHaveAccessibleDescription(
      `${count((e) => e.companyIds.includes('openai'))} events`,
    );
    await user.click(option('Event type', 'Partnership'));
    await expectResultCount(metaPartnerships);
    expect(router.state.location.search).toEqual({ company: 'meta', type: 'partnership' });
    expect(eventTitles()).toContain("Meta licenses Midjourney's technology");

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await expectResultCount(ds.events.length);
    expect(option('Company', 'Meta')).not.toBeChecked();
  });

  it('restores the view from a pasted link, and back/forward move between views', async () => {
    const { router } = renderApp('/timeline?company=meta&type=partnership');
    await expectResultCount(metaPartnerships);
    expect(option('Company', 'Meta')).toBeChecked();
    expect(option('Event type', 'Partnership')).toBeChecked();

    await userEvent.click(option('Event type', 'Partnership'));
    await expectResultCount(count((e) => e.companyIds.includes('meta')));
    router.history.back();
    await expectResultCount(metaPartnerships);
    expect(option('Event type', 'Partnership')).toBeChecked();
    router.history.forward();
    await expectResultCount(count((e) => e.companyIds.includes('meta')));
  });

  it('drops invalid values from a link with a visible notice, keeping the rest of the view', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/timeline?company=meta,acme&type=partnership,rumour&from=2025-13');
    await expectResultCount(metaPartnerships);
    const notice = await screen.findByText(/not recognised/);
    expect(notice).toHaveTextContent('type=rumour');
    expect(notice).toHaveTextContent('from=2025-13');
    await waitFor(() => expect(notice).toHaveTextContent('company=acme'));

    await user.click(screen.getByRole('button', { name: 'Remove from the link' }));
    await waitFor(() => expect(screen.queryByText(/not recognised/)).not.toBeInTheDocument());
    expect(router.state.location.search).toEqual({ company: 'meta', type: 'partnership' });
    await expectResultCount(metaPartnerships);
  });

  it('searches titles and summaries without case or accents, writing the text to the URL after a pause', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/timeline');
    await expectResultCount(ds.events.length);
    const box = screen.getByRole('searchbox', { name: 'Search titles and summaries' });
    await user.type(box, 'MIDJOURNÉY');
    expect(box).toHaveValue('MIDJOURNÉY');
    const expected = count((e) => /midjourney/i.test(`${e.title} ${e.summary}`));
    await expectResultCount(expected);
    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'MIDJOURNÉY' }));

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await expectResultCount(ds.events.length);
    expect(box).toHaveValue('');
  });

  it('sets the date range from a preset, relative to today', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date('2025-12-15T12:00:00'));
    const user = userEvent.setup();
    const { router } = renderApp('/timeline');
    await expectResultCount(ds.events.length);
    await user.click(screen.getByRole('button', { name: 'Last 6 months' }));
    expect(router.state.location.search).toEqual({ from: '2025-06-15', to: '2025-12-15' });
    await expectResultCount(count((e) => overlaps(e, '2025-06-15', '2025-12-15')));
    expect(screen.getByRole('button', { name: 'Last 6 months' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('From')).toHaveValue('2025-06-15');
    await user.click(screen.getByRole('button', { name: 'All time' }));
    await expectResultCount(ds.events.length);
  });

  it('opens the whole record in a dialog; Escape closes it and focus returns to the event', async () => {
    const user = userEvent.setup();
    renderApp('/timeline?company=meta&type=partnership');
    await expectResultCount(metaPartnerships);
    const open = within(events()).getByRole('button', { name: "Meta licenses Midjourney's technology" });
    await user.click(open);
    const dialog = await screen.findByRole('dialog', { name: "Meta licenses Midjourney's technology" });
    expect(within(dialog).getByText('(known to the day)')).toBeInTheDocument();
    expect(within(dialog).getByText('Meta, Midjourney')).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { name: 'Sources' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(events()).getByRole('button', { name: "Meta licenses Midjourney's technology" })).toHaveFocus();
  });

  it('the density chart’s table agrees with the list', async () => {
    const user = userEvent.setup();
    renderApp('/timeline?from=2025-06&to=2025-09');
    const inRange = count((e) => overlaps(e, '2025-06-01', '2025-09-30'));
    await expectResultCount(inRange);
    const frame = await screen.findByRole('figure', { name: 'Events per month' });
    await user.click(within(frame).getByRole('button', { name: 'Table' }));
    const table = within(frame).getByRole('table');
    const header = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    const listed = header.indexOf('Total listed (events)') - 1; // the first column is the row header
    expect(listed).toBeGreaterThan(0);
    const sum = within(table)
      .getAllByRole('row')
      .slice(1)
      .reduce((n, row) => n + Number(within(row).getAllByRole('cell')[listed]?.textContent), 0);
    expect(sum).toBe(inRange);
  });
});
