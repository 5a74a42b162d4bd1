import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/renderApp';

async function costRows(): Promise<string[][]> {
  const figure = await screen.findByRole('figure', { name: 'What a clip costs' });
  const toggle = within(figure).getByRole('button', { name: 'Table' });
  if (toggle.getAttribute('aria-pressed') !== 'true') await userEvent.click(toggle);
  return within(within(figure).getByRole('table'))
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
}

describe('the cost of a clip', { timeout: 30_000 }, () => {
  it('follows its inputs, keeps them in the URL, and says unknowns in words', async () => {
    const { router } = renderApp('/compare?systems=veo&versions=veo-3-1,veo-3-1-fast');
    const controls = await screen.findByRole('group', { name: 'The clip to price' });
    let rows = await costRows();
    expect(rows[0]).toEqual(
      expect.arrayContaining(['Cost of the clip (USD)', 'Generations', 'Price per second (USD/s)']),
    );
    expect(rows.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['Veo 3.1', '$12.80'], // 30 s: four 8 s generations at $0.40/s
      ['Veo 3.1 Fast', 'not disclosed'],
    ]);

    const length = within(controls).getByLabelText('Length (seconds)');
    await userEvent.clear(length);
    await userEvent.type(length, '8');
    await userEvent.selectOptions(within(controls).getByLabelText('Output height'), '2160');
    await waitFor(() => expect(router.state.location.search).toMatchObject({ clip: '8', res: '2160' }));
    rows = await costRows();
    expect(rows[1]!.slice(0, 3)).toEqual(['Veo 3.1', 'Google (DeepMind)', '$4.80']); // one 8 s generation at $0.60/s

    await userEvent.click(within(controls).getByRole('checkbox', { name: 'With sound' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ audio: 'off' }));
    const figure = screen.getByRole('figure', { name: 'What a clip costs' });
    expect(figure).toHaveTextContent('priced with sound');
  });

  it('refuses a length it cannot use, saying so, and keeps the last good one', async () => {
    const { router } = renderApp('/compare?systems=veo&clip=12');
    const length = await screen.findByLabelText('Length (seconds)');
    await userEvent.clear(length);
    await userEvent.type(length, '0');
    expect(length).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Enter a whole number of seconds from 1 to 600/)).toBeInTheDocument();
    expect(router.state.location.search).toMatchObject({ clip: '12' });
  });

  it('a link with an unusable scenario says what it ignored', async () => {
    renderApp('/compare?clip=9999&res=123&audio=maybe');
    const notice = await screen.findByRole('status', { name: 'About this link' });
    for (const bad of ['clip=9999', 'res=123', 'audio=maybe']) expect(notice).toHaveTextContent(bad);
  });
});
