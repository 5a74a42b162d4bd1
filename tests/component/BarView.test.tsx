import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/renderApp';

async function tableRows(title: string): Promise<string[]> {
  const figure = await screen.findByRole('figure', { name: title }, { timeout: 5000 });
  await userEvent.click(within(figure).getByRole('button', { name: 'Table' }));
  return within(within(figure).getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('th')?.textContent ?? '');
}

describe('reading wide ranges on Compare', { timeout: 30_000 }, () => {
  it('sorts the bars and their tables by value or name, and keeps the choice in the URL', async () => {
    const { router } = renderApp('/compare');
    const group = await screen.findByRole('group', { name: 'Bar charts' }, { timeout: 5000 });
    await userEvent.selectOptions(within(group).getByLabelText('Sort bars'), 'Largest first');
    await waitFor(() => expect(router.state.location.search).toMatchObject({ sort: 'value' }));
    expect(await tableRows('Maximum clip length')).toEqual([
      'Midjourney: V1 video',
      'Sora 2',
      'Movie Gen',
      'Veo: Gemini Omni 1.2 Flash',
      'Imagine with Meta AI: Vibes',
    ]);
    await userEvent.selectOptions(within(group).getByLabelText('Sort bars'), 'Name');
    await waitFor(() => expect(router.state.location.search).toMatchObject({ sort: 'name' }));
    const byName = await tableRows('Maximum output resolution');
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('turns the log scale on and off from a named toggle, and reads it back from a link', async () => {
    const { router } = renderApp('/compare?scale=log&sort=value');
    const toggle = await screen.findByRole('button', { name: 'Log scale' }, { timeout: 5000 });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('Sort bars')).toHaveValue('value');
    const clip = await screen.findByRole('figure', { name: 'Maximum clip length' });
    await waitFor(() => expect(clip).toHaveTextContent('on a log scale'));
    await userEvent.click(toggle);
    await waitFor(() => expect(router.state.location.search).not.toHaveProperty('scale'));
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(clip).not.toHaveTextContent('log scale');
  });

  it('draws clip length against price, listing the versions that do not disclose one', async () => {
    renderApp('/compare?systems=veo&versions=veo-3-1,veo-3-1-fast');
    const figure = await screen.findByRole('figure', { name: 'Clip length versus price' });
    const missing = within(figure).getByRole('complementary', { name: 'Not drawn: not disclosed' });
    expect(missing).toHaveTextContent('Veo 3.1 Fast: clip length');
    expect(await tableRows('Clip length versus price')).toEqual(['Veo 3.1', 'Veo 3.1 Fast']);
  });
});
