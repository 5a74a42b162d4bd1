import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { realDataset } from '../../src/mocks/dataset';
import { server } from '../../src/mocks/node';
import { renderApp } from '../support/renderApp';

const down = (path: string) =>
  http.get(`*/api/v1/${path}`, () =>
    HttpResponse.json({ error: { code: 'internal', message: `${path} is down` } }, { status: 500 }),
  );

describe('one failing endpoint leaves the other panels working', () => {
  it('Timeline: the charts fail with Retry, the filters and the list still work', async () => {
    server.use(down('events/facets'));
    renderApp('/timeline');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the charts.');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    const newest = [...realDataset().events].sort((a, b) => (a.date < b.date ? 1 : -1))[0]!;
    expect(await screen.findByRole('heading', { level: 4, name: newest.title })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Meta' })).toBeInTheDocument();
  });

  it('Timeline: the event list fails, the charts still draw', async () => {
    server.use(down('events'));
    renderApp('/timeline');
    expect(await screen.findByText('Could not load events.')).toBeInTheDocument();
    expect(await screen.findByRole('figure', { name: 'Events per month' })).toBeInTheDocument();
  });

  it('Overview: with the sources down, the cards still show and say where the sources are', async () => {
    server.use(down('sources'));
    renderApp('/');
    expect(await screen.findAllByRole('article')).toHaveLength(5);
  });
});
