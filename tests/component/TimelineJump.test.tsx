import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compareEventsNewestFirst } from '../../src/api/eventFilter';
import { endDay } from '../../src/data/dates';
import type { Dataset } from '../../src/data/schema';
import { realDataset } from '../../src/mocks/dataset';
import { createHandlers } from '../../src/mocks/handlers';
import { server } from '../../src/mocks/node';
import { generateSyntheticDataset } from '../../src/mocks/variants/synthetic';
import { formatDate } from '../../src/ui/format';
import { renderApp } from '../support/renderApp';

// The 100,000 events of ?mock=synthetic-100k, served by the real handlers.
let ds: Dataset;
beforeAll(() => {
  ds = generateSyntheticDataset(realDataset(), { events: 100_000, seed: 1 });
});
const eventRequests: URL[] = [];
beforeEach(() => {
  server.use(...createHandlers(() => ds));
  eventRequests.length = 0;
  server.events.removeAllListeners('request:start');
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/events') eventRequests.push(url);
  });
});

const region = () => screen.findByRole('region', { name: 'Events' });
const lastDay = (e: { date: string; precision: string }) => (e.precision === 'month' ? endDay(e.date) : e.date);

async function jump(day: string) {
  const user = userEvent.setup();
  const list = await region();
  const input = within(list).getByLabelText('Jump to date');
  await waitFor(() => expect(within(list).getByText(/Showing 50 of 100,000 events/)).toBeVisible());
  await user.type(input, day);
  await user.click(within(list).getByRole('button', { name: 'Go' }));
  return { user, list, input };
}

describe('jump to a date at 100,000 events', { timeout: 30_000 }, () => {
  it('opens the list at a date far down in one request, focuses the event and says what it found', async () => {
    renderApp('/timeline?order=oldest');
    const day = '2024-12-14';
    const oldest = [...ds.events].sort(compareEventsNewestFirst).reverse();
    const k = oldest.findIndex((e) => lastDay(e) >= day);
    const target = oldest[k]!;
    const { user, list, input } = await jump(day);
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription(
        `Showing the first event on or after 14 Dec 2024: ${formatDate(target.date, target.precision)}.`,
      ),
    );
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-event-open', target.id));
    expect(
      within(list).getByText(
        `Showing events ${(k + 1).toLocaleString('en-GB')}–${(k + 50).toLocaleString('en-GB')} of 100,000.`,
      ),
    ).toBeVisible();
    // The first page, then one page opened at the day: no paging down through 40,000 events.
    expect(eventRequests.map((u) => u.searchParams.get('at'))).toEqual([null, day]);

    // The page above loads on request, and the list then begins 50 events higher.
    await user.click(within(list).getByRole('button', { name: 'Show earlier events' }));
    await waitFor(() =>
      expect(
        within(list).getByText(
          `Showing events ${(k - 49).toLocaleString('en-GB')}–${(k + 50).toLocaleString('en-GB')} of 100,000.`,
        ),
      ).toBeVisible(),
    );
  });

  it('a page above the date that fails says so, keeps the events, and Retry loads it', async () => {
    let refuse = true;
    server.use(
      http.get('*/api/v1/events', ({ request }) =>
        refuse && new URL(request.url).searchParams.has('cursor')
          ? HttpResponse.json({ error: { code: 'internal', message: 'boom' } }, { status: 500 })
          : undefined,
      ),
    );
    renderApp('/timeline?order=oldest');
    const { user, list } = await jump('2024-12-14');
    const footer = await within(list).findByText(/^Showing events [\d,]+–[\d,]+ of 100,000\.$/);
    const before = footer.textContent;
    await user.click(within(list).getByRole('button', { name: 'Show earlier events' }));
    const alert = await within(list).findByRole('alert');
    expect(alert).toHaveTextContent('Could not load more events.');
    expect(footer).toHaveTextContent(before!);
    refuse = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(within(list).queryByRole('alert')).toBeNull());
    expect(within(list).getByText(/^Showing events /).textContent).not.toBe(before);
  });

  it('newest first, reaches the date the same way; past the last event, says there is none', async () => {
    renderApp('/timeline');
    const newest = [...ds.events].sort(compareEventsNewestFirst);
    const day = '2023-06-01';
    const below = newest.findIndex((e) => lastDay(e) < day);
    const target = newest[below - 1]!;
    const { user, input } = await jump(day);
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-event-open', target.id));
    expect(input).toHaveAccessibleDescription(
      `Showing the first event on or after 1 Jun 2023: ${formatDate(target.date, target.precision)}.`,
    );
    await user.clear(input);
    await user.type(input, '2099-01-01');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    await waitFor(() => expect(input).toHaveAccessibleDescription('No event on or after 1 Jan 2099 in this view.'));
  });
});
