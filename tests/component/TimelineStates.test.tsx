import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../src/app/queryClient';
import { chaosHandlers } from '../../src/mocks/chaos';
import { realDataset } from '../../src/mocks/dataset';
import { server } from '../../src/mocks/node';
import { renderApp } from '../support/renderApp';

const ds = realDataset();

/** The four panels of the page and the title of the error each shows when its data fails. */
const PANEL_ERRORS = [
  'Could not load the companies and systems to filter by.',
  'Could not count events.',
  'Could not load the charts.',
  'Could not load events.',
];

const alertTitled = (title: string) => screen.getAllByRole('alert').find((a) => a.textContent?.includes(title));

describe('Timeline: each panel has its own states', { timeout: 30_000 }, () => {
  it.each(['offline', 'error'] as const)(
    '%s: every panel sends its request and shows its own error with Retry',
    async (mode) => {
      server.use(...chaosHandlers(mode, realDataset));
      const sent: string[] = [];
      const record = ({ request }: { request: Request }) => void sent.push(new URL(request.url).pathname);
      server.events.on('request:start', record);
      renderApp('/timeline');
      for (const title of PANEL_ERRORS) {
        const alert = await waitFor(() => {
          const found = alertTitled(title);
          expect(found, title).toBeDefined();
          return found!;
        });
        expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
      }
      server.events.removeListener('request:start', record);
      // The list's and the charts' requests were sent, without waiting for the lists that failed.
      expect(sent).toEqual(expect.arrayContaining(['/api/v1/events', '/api/v1/events/facets']));
      expect(screen.queryByText(/Counting events…|Loading charts…|Loading events…/)).not.toBeInTheDocument();
    },
  );

  it('Retry in the charts panel sends its request again, and the charts draw', async () => {
    server.use(...chaosHandlers('offline', realDataset));
    renderApp('/timeline');
    const alert = await waitFor(() => {
      const found = alertTitled('Could not load the charts.');
      expect(found).toBeDefined();
      return found!;
    });
    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('figure', { name: 'Events per month' })).toBeInTheDocument();
  });

  it('flaky: with the app’s retry policy every panel recovers on a fresh load', async () => {
    server.use(...chaosHandlers('flaky', realDataset));
    renderApp('/timeline', createQueryClient());
    const bar = await screen.findByText(
      `${ds.events.length}`,
      { selector: '.result-bar__count strong' },
      { timeout: 15_000 },
    );
    expect(bar).toBeInTheDocument();
    expect(await screen.findByRole('figure', { name: 'Events per month' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(await screen.findByRole('checkbox', { name: 'Meta' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('empty: every panel says there are no events, none shows the real dataset', async () => {
    server.use(...chaosHandlers('empty', realDataset));
    renderApp('/timeline');
    await waitFor(() => expect(screen.getByText('0', { selector: '.result-bar__count strong' })).toBeInTheDocument());
    expect(await screen.findByText('There are no events in the dataset.')).toBeInTheDocument();
    expect(await screen.findByText('No events to chart.')).toBeInTheDocument();
    expect(await screen.findByText('No companies or systems to filter by.')).toBeInTheDocument();
    const types = within(screen.getByRole('group', { name: 'Event type' })).getAllByRole('checkbox');
    await waitFor(() => {
      for (const t of types) expect(t).toHaveAccessibleDescription('0 events');
    });
  });

  it('the list follows a new filter at once; until the counts do, the page says updating and no month heading shows an old count', async () => {
    // The counts for Meta never arrive: the headings must not keep the counts of all events.
    server.use(
      http.get('*/api/v1/events/facets', async ({ request }) => {
        if (new URL(request.url).searchParams.has('company')) await delay('infinite');
      }),
    );
    const user = userEvent.setup();
    renderApp('/timeline');
    const region = () => screen.getByRole('region', { name: 'Events' });
    await waitFor(() =>
      expect(within(region()).getAllByRole('heading', { level: 3 })[0]).toHaveTextContent(/· \d+ events?/),
    );

    await user.click(screen.getByRole('checkbox', { name: 'Meta' }));
    const meta = ds.events.filter((e) => e.companyIds.includes('meta'));
    const newestMeta = [...meta].sort((a, b) => (a.date < b.date ? 1 : -1))[0]!;
    await waitFor(() => expect(within(region()).getAllByRole('article')[0]).toHaveTextContent(newestMeta.title));
    expect(screen.getByText(`${meta.length}`, { selector: '.result-bar__count strong' })).toBeInTheDocument();
    expect(screen.getByText(/updating/, { selector: '.result-bar__count *' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Events per month' }).closest('[aria-busy]')).toHaveAttribute(
      'aria-busy',
      'true',
    );
    const perMonth = (month: string) => meta.filter((e) => e.date.slice(0, 7) === month).length;
    for (const heading of within(region()).getAllByRole('heading', { level: 3 })) {
      const [, name, count] = /^(\w+ \d{4})(?: · (\d+) events?)?$/.exec(heading.textContent ?? '') ?? [];
      expect(name, heading.textContent ?? '').toBeDefined();
      if (count === undefined) continue; // no count yet: right
      const month = new Date(`${name} 1 UTC`).toISOString().slice(0, 7);
      expect(Number(count), name).toBe(perMonth(month));
    }
  });

  it('going back to a filter whose counts are cached (clearing a box) redraws the charts only once it has rested', async () => {
    const user = userEvent.setup();
    renderApp('/timeline');
    const charts = async () =>
      (await screen.findByRole('figure', { name: 'Events per month' })).closest('[aria-busy]')!;
    await waitFor(async () => expect(await charts()).toHaveAttribute('aria-busy', 'false'));
    const meta = screen.getByRole('checkbox', { name: 'Meta' });
    await user.click(meta);
    await waitFor(async () => expect(await charts()).toHaveAttribute('aria-busy', 'false'));

    // The unfiltered counts are cached from the first load; drawing them between two changes would block typing.
    await user.click(meta);
    expect(await charts()).toHaveAttribute('aria-busy', 'true');
    await waitFor(async () => expect(await charts()).toHaveAttribute('aria-busy', 'false'));
  });
});
