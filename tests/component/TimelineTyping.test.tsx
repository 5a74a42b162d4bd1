import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { realDataset } from '../../src/mocks/dataset';
import { renderApp } from '../support/renderApp';

const ds = realDataset();
const events = () => screen.getByRole('region', { name: 'Events' });
const searchBox = () => screen.getByRole('searchbox', { name: 'Search titles and summaries' });
const qOf = (router: ReturnType<typeof renderApp>['router']) =>
  new URLSearchParams(router.history.location.search).get('q');

describe('Timeline: typing in the search box', { timeout: 20_000 }, () => {
  it('the list follows the letters as they are typed; the URL takes the text once, when typing rests', async () => {
    const user = userEvent.setup({ delay: 50 });
    const { router } = renderApp('/timeline');
    await waitFor(() => expect(within(events()).getAllByRole('article').length).toBeGreaterThan(0));
    const writes: (string | null)[] = [];
    router.history.subscribe(() => writes.push(qOf(router)));

    await user.type(searchBox(), 'midjourney');
    const expected = ds.events.filter((e) => /midjourney/i.test(`${e.title} ${e.summary}`));
    await waitFor(() => expect(screen.getByText(`${expected.length}`, { selector: '.result-bar__count strong' })));
    for (const article of within(events()).getAllByRole('article'))
      expect(within(article).getAllByText(/midjourney/i, { selector: 'mark' }).length).toBeGreaterThan(0);
    await waitFor(() => expect(qOf(router)).toBe('midjourney'));
    // Ten letters, 50 ms apart: the URL is written when typing rests, not once per letter as before (the router's
    // whole tree re-rendered on each). A slow machine may pause long enough for a write or two on the way.
    const written = writes.filter((q) => q !== null);
    expect(written.at(-1)).toBe('midjourney');
    expect(written.length).toBeLessThanOrEqual(3);
  });

  it('a filter chosen while the text is not yet in the URL keeps the text', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/timeline');
    await waitFor(() => expect(within(events()).getAllByRole('article').length).toBeGreaterThan(0));
    await user.type(searchBox(), 'video');
    await user.click(within(screen.getByRole('group', { name: 'Company' })).getByRole('checkbox', { name: 'Meta' }));
    await waitFor(() => expect(qOf(router)).toBe('video'));
    expect(new URLSearchParams(router.history.location.search).get('company')).toBe('meta');
    expect(searchBox()).toHaveValue('video');
  });

  it('Back goes to the text each step had, even one this box wrote itself', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/timeline?q=sora');
    await waitFor(() => expect(searchBox()).toHaveValue('sora'));
    await user.clear(searchBox());
    await waitFor(() => expect(qOf(router)).toBeNull());
    await user.type(searchBox(), 'veo');
    await waitFor(() => expect(qOf(router)).toBe('veo'));

    router.history.back();
    await waitFor(() => expect(qOf(router)).toBeNull());
    await waitFor(() => expect(searchBox()).toHaveValue(''));
    router.history.back();
    await waitFor(() => expect(searchBox()).toHaveValue('sora'));
    await waitFor(() =>
      within(events())
        .getAllByRole('article')
        .forEach((a) => expect(a.textContent).toMatch(/sora/i)),
    );
  });
});
