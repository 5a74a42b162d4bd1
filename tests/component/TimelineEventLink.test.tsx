import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { realDataset } from '../../src/mocks/dataset';
import { renderApp } from '../support/renderApp';

const ds = realDataset();
const LICENCE = "Meta licenses Midjourney's technology";
const V7 = ds.events.find((e) => e.id === '2025-04-03-midjourney-v7-alpha')!;

const events = () => screen.getByRole('region', { name: 'Events' });
const metaCount = ds.events.filter((e) => e.companyIds.includes('meta')).length;
const listed = async (n: number) =>
  (await screen.findByRole('region', { name: 'Events' })) &&
  waitFor(() => expect(within(events()).getByText(new RegExp(`^Showing \\d+ of ${n} events\\.$`))).toBeVisible(), {
    timeout: 5000,
  });

describe('every event has a link', { timeout: 20_000 }, () => {
  it('opening an event puts it in the URL over the same view; Back closes it and focus returns', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/timeline?company=meta&type=partnership');
    const opener = await within(await screen.findByRole('region', { name: 'Events' })).findByRole('button', {
      name: LICENCE,
    });
    await user.click(opener);
    await screen.findByRole('dialog', { name: LICENCE });
    expect(router.state.location.search).toEqual({
      company: 'meta',
      type: 'partnership',
      event: '2025-08-22-meta-licenses-midjourney',
    });

    router.history.back();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.search).toEqual({ company: 'meta', type: 'partnership' });
    expect(within(events()).getByRole('button', { name: LICENCE })).toHaveFocus();
    router.history.forward();
    await screen.findByRole('dialog', { name: LICENCE });
  });

  it('Close and Escape take the event out of the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/timeline?company=meta');
    await user.click(await screen.findByRole('button', { name: LICENCE }));
    const dialog = await screen.findByRole('dialog', { name: LICENCE });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ company: 'meta' }));
    await user.click(within(events()).getByRole('button', { name: LICENCE }));
    await screen.findByRole('dialog', { name: LICENCE });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.search).toEqual({ company: 'meta' });
  });

  it('a pasted link opens its event fresh, even one the filter leaves out, over the filtered list', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(`/timeline?company=meta&event=${V7.id}`);
    const dialog = await screen.findByRole('dialog', { name: V7.title });
    await listed(metaCount);
    // It links to the system and to the version it concerns.
    expect(within(dialog).getByRole('link', { name: 'Midjourney' })).toHaveAttribute('href', '/systems/midjourney');
    expect(within(dialog).getByRole('link', { name: 'V7 (image)' })).toHaveAttribute(
      'href',
      '/systems/midjourney#version-midjourney-v7',
    );
    // Its citation names the event, the dataset's version and date, and the event's own link.
    const citation = within(dialog).getByText(/^“Midjourney releases/);
    expect(citation).toHaveTextContent(`${ds.meta.title}, version ${ds.meta.version} of 26 Nov 2026`);
    expect(citation).toHaveTextContent(`event=${V7.id}`);
    expect(within(dialog).getByRole('button', { name: 'Copy citation' })).toBeInTheDocument();

    // Opened by a link, Close keeps the view and drops only the event (nothing to go back to).
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ company: 'meta' }));
  });

  it('a link to an event that does not exist says so', async () => {
    renderApp('/timeline?event=no-such-event');
    const dialog = await screen.findByRole('dialog', { name: 'No such event' });
    expect(dialog).toHaveTextContent('no-such-event');
  });
});

describe('search marks what it found', { timeout: 20_000 }, () => {
  it('"meta midjourney" finds the licence by its words and marks them in the list', async () => {
    renderApp('/timeline?q=meta%20midjourney');
    const title = await screen.findByRole('button', { name: LICENCE });
    const marks = [...title.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['Meta', 'Midjourney']);
  });

  it('a query of only control or space characters is no query', async () => {
    renderApp('/timeline?q=%E2%80%8B%E2%80%AE%09%07');
    await listed(ds.events.length);
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
    expect(events().querySelector('mark')).toBeNull();
    await waitFor(() => expect(document.title).toBe('Timeline · Genscope'));
  });
});
