import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { specsOn } from '../../src/data/history';
import { headlineVersion } from '../../src/data/lifecycle';
import { realDataset } from '../../src/mocks/dataset';
import { server } from '../../src/mocks/node';
import { renderApp } from '../support/renderApp';

const FIVE = ['Midjourney', 'Movie Gen', 'Imagine with Meta AI', 'Sora', 'Veo'];

describe('Overview', { timeout: 30_000 }, () => {
  it('shows one card per system, with company, first release and headline specs', async () => {
    renderApp('/');
    const cards = await screen.findAllByRole('article');
    expect(cards).toHaveLength(5);
    for (const name of FIVE) expect(screen.getByRole('link', { name })).toBeInTheDocument();

    const veo = within(screen.getByRole('article', { name: 'Veo' }));
    expect(veo.getByText(/^Google/, { selector: '.card__company' })).toBeInTheDocument();
    expect(veo.getByText(/^Gemini Omni 1\.2 Flash \(/)).toBeInTheDocument();
    expect(veo.getByText('First release')).toBeInTheDocument();
    expect(veo.getByText('Max clip length')).toBeInTheDocument();

    // Movie Gen was never released: said in words, not left blank or 0.
    const movieGen = within(screen.getByRole('article', { name: 'Movie Gen' }));
    expect(movieGen.getByText('announced, not released')).toBeInTheDocument();
    expect(movieGen.getAllByText('not disclosed').length).toBeGreaterThan(0);
  });

  it('says when a system was shut down, and labels its last version retired with the date', async () => {
    renderApp('/');
    const sora = within(await screen.findByRole('article', { name: 'Sora' }));
    expect(sora.getByText('Shut down: every version was retired by 24 Sep 2026.')).toBeInTheDocument();
    expect(sora.getByText('Last version')).toBeInTheDocument();
    expect(sora.getByText('retired 24 Sep 2026')).toBeInTheDocument();
    const veo = within(screen.getByRole('article', { name: 'Veo' }));
    expect(veo.queryByText(/Shut down/)).not.toBeInTheDocument();
  });

  it("each card carries its company's colour, status, modality, audio, access and price", async () => {
    renderApp('/');
    const ds = realDataset();
    for (const system of ds.systems) {
      const card = await screen.findByRole('article', { name: system.name });
      const company = ds.companies.find((c) => c.id === system.companyId)!;
      expect(card.style.getPropertyValue('--accent')).toBe(company.color);
      expect(card).toHaveTextContent(company.name);
      expect(card).toHaveTextContent(system.modalities.join(' · '));
      for (const label of ['Native audio', 'API price', 'Access', 'Max resolution', /^(Latest|Last) version$/])
        expect(within(card).getByText(label)).toBeInTheDocument();
    }
    const sora = within(screen.getByRole('article', { name: 'Sora' }));
    expect(sora.getByText('$0.10/s at 720p')).toBeInTheDocument();
    expect(sora.getByText('720p')).toBeInTheDocument();
    // Imagine's latest video version discloses neither clip length nor price: said in words.
    const imagine = within(screen.getByRole('article', { name: 'Imagine with Meta AI' }));
    expect(imagine.getAllByText('not disclosed').length).toBeGreaterThanOrEqual(4);
  });

  it('draws headline charts of the latest versions, each with the table of its data', async () => {
    renderApp('/');
    const ds = realDataset();
    const figure = await screen.findByRole('figure', { name: 'Maximum output resolution' });
    await userEvent.click(within(figure).getByRole('button', { name: 'Table' }));
    const cells = within(within(figure).getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(cells.map((r) => r[2])).toEqual(
      ds.systems.map((s) => {
        const height = specsOn(headlineVersion(s)!, null).maxResolution?.value;
        return height === undefined ? 'not disclosed' : `${height}p`; // as the bar's label says it
      }),
    );
    expect(screen.getByRole('figure', { name: 'Maximum clip length' })).toBeInTheDocument();
    const chronology = screen.getByRole('figure', { name: 'Release chronology' });
    expect(within(chronology).getByText(/Sources: /)).toBeInTheDocument();
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
    expect(screen.getByRole('heading', { name: /^Sora 2 retired/ })).toBeInTheDocument();
  });
});
