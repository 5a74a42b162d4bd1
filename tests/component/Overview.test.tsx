import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../src/mocks/node';
import { renderApp } from '../support/renderApp';

const FIVE = ['Midjourney', 'Movie Gen', 'Imagine with Meta AI', 'Sora', 'Veo'];

describe('Overview', () => {
  it('shows one card per system, with company, first release and headline specs', async () => {
    renderApp('/');
    const cards = await screen.findAllByRole('article');
    expect(cards).toHaveLength(5);
    for (const name of FIVE) expect(screen.getByRole('link', { name })).toBeInTheDocument();

    const veo = within(screen.getByRole('article', { name: 'Veo' }));
    expect(veo.getByText(/Google/)).toBeInTheDocument();
    expect(veo.getByText(/^Veo 3\.1 \(/)).toBeInTheDocument();
    expect(veo.getByText('First release')).toBeInTheDocument();
    expect(veo.getByText('Max clip length')).toBeInTheDocument();

    // Movie Gen was never released: said in words, not left blank or 0.
    const movieGen = within(screen.getByRole('article', { name: 'Movie Gen' }));
    expect(movieGen.getByText('research only')).toBeInTheDocument();
    expect(movieGen.getAllByText('not disclosed').length).toBeGreaterThan(0);
  });

  it('explains a failed request and recovers on Retry', async () => {
    let fail = true;
    server.use(
      http.get('*/api/v1/systems', () =>
        fail
          ? HttpResponse.json({ error: { code: 'unavailable', message: 'the data service is down' } }, { status: 503 })
          : undefined,
      ),
    );
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load systems.');
    expect(alert).toHaveTextContent('the data service is down (HTTP 503)');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();

    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findAllByRole('article')).toHaveLength(5);
  });

  it('navigates to a system page', async () => {
    renderApp('/');
    await userEvent.click(await screen.findByRole('link', { name: 'Sora' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sora' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Sora 2/ })).toBeInTheDocument();
  });
});
