import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { specsOn } from '../../src/data/history';
import { headlineVersion } from '../../src/data/lifecycle';
import { realDataset } from '../../src/mocks/dataset';
import { formatQuantity } from '../../src/ui/specs';
import { renderApp } from '../support/renderApp';

const ds = realDataset();

/** Switches a chart to its table and returns the rows as text, header row first. */
async function chartTable(title: string | RegExp): Promise<string[][]> {
  const figure = await screen.findByRole('figure', { name: title });
  await userEvent.click(within(figure).getByRole('button', { name: 'Table' }));
  const table = within(figure).getByRole('table');
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
}

const column = (rows: string[][], header: string) => {
  const i = rows[0]!.findIndex((h) => h.startsWith(header));
  expect(i, `column ${header} in ${rows[0]!.join(' | ')}`).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((r) => r[i]);
};

// Whole-app renders with five charts: slower than the 5 s default under load.
describe('Compare', { timeout: 30_000 }, () => {
  it('shows the latest version of each system by default, in every chart, with the dataset values', async () => {
    renderApp('/compare');
    const systems = await screen.findByRole('group', { name: 'Systems' });
    for (const s of ds.systems) expect(within(systems).getByRole('checkbox', { name: s.name })).toBeChecked();

    const clip = await chartTable('Maximum clip length');
    const latest = ds.systems.map((s) => headlineVersion(s)!).filter((v) => v.modality === 'video');
    const now = (v: (typeof latest)[number]) => specsOn(v, null);
    // The table says a value as the chart's label does: 8 s, 1080p, $0.10/s.
    const shown = (value: number | undefined, unit: string) =>
      value === undefined ? 'not disclosed' : formatQuantity(value, unit);
    expect(column(clip, 'Max clip length')).toEqual(latest.map((v) => shown(now(v).maxClipSeconds?.value, 's')));
    expect(column(clip, 'Max length with extensions')).toEqual(
      latest.map((v) => shown(now(v).maxExtendedSeconds?.value, 's')),
    );
    expect(column(clip, 'Status')).toEqual(latest.map((v) => (v.id === 'sora-2' ? 'retired' : expect.any(String))));

    const res = await chartTable('Maximum output resolution');
    expect(column(res, 'Max resolution')).toEqual(
      ds.systems.map((s) => shown(specsOn(headlineVersion(s)!, null).maxResolution?.value, 'p')),
    );

    const price = await chartTable('API price per second of video');
    expect(column(price, 'API price')).toEqual(latest.map((v) => shown(now(v).pricePerSecond?.value, 'USD/s')));
    expect(column(price, 'At output height')).toEqual(
      latest.map((v) => shown(now(v).pricePerSecond?.resolution ?? undefined, 'p')),
    );
    // Sora 2's $0.10 a second reads as on its bar, never "0.1".
    expect(column(price, 'API price')).toContain('$0.10/s');
    // Undisclosed values are said in words, never 0.
    expect(column(price, 'API price')).not.toContain('0');

    const matrix = await chartTable('Capability matrix');
    expect(matrix[0]).toEqual([
      'Version',
      'Company',
      'Frame rate (fps)',
      'Native audio',
      'Text-to-video',
      'Image-to-video',
      'Video editing',
      'Personalisation',
      'Caveat',
      'Source ids',
    ]);
    const mj = matrix.find((r) => r[0] === 'Midjourney: V1 video')!;
    expect(mj.slice(2, 8)).toEqual(['24 fps', 'No', 'No', 'Yes', 'not disclosed', 'not disclosed']);

    const chronology = await chartTable('Release chronology');
    expect(chronology).toHaveLength(1 + ds.systems.reduce((n, s) => n + s.versions.length, 0));
    expect(chronology.find((r) => r[0] === 'Sora 2')).toEqual(
      expect.arrayContaining(['2025-09-30', '2026-09-24', 'retired']),
    );
  });

  it('draws "not disclosed" as a labelled bar, not a gap, and keeps caveats under the chart', async () => {
    renderApp('/compare');
    const clip = await screen.findByRole('figure', { name: 'Maximum clip length' });
    expect(within(clip).getByText(/Midjourney: V1 video: .*sources differ: 21 s .* or 20 s/)).toBeInTheDocument();
    expect(within(clip).getByText('not disclosed', { selector: 'li' })).toBeInTheDocument(); // legend key
    expect(within(clip).getByText(/Sources: /)).toBeInTheDocument();
  });

  it('choosing two systems changes the charts and the URL', async () => {
    const { router } = renderApp('/compare');
    const systems = await screen.findByRole('group', { name: 'Systems' });
    for (const name of ['Midjourney', 'Movie Gen', 'Imagine with Meta AI'])
      await userEvent.click(within(systems).getByRole('checkbox', { name }));
    await waitFor(() => expect(router.state.location.searchStr).toBe('?systems=sora,veo'));
    expect(column(await chartTable('Maximum clip length'), 'Version')).toEqual([
      'Sora 2',
      'Veo: Gemini Omni 1.2 Flash',
    ]);

    // Add Veo 3.1 to the comparison.
    await userEvent.click(
      within(screen.getByRole('group', { name: 'Veo versions' })).getByRole('checkbox', { name: 'Veo 3.1' }),
    );
    await waitFor(() =>
      expect(router.state.location.searchStr).toBe('?systems=sora,veo&versions=veo-3-1,gemini-omni-1-2-flash'),
    );
    expect(column(await chartTable('Maximum output resolution'), 'Version')).toEqual([
      'Sora 2',
      'Veo 3.1',
      'Veo: Gemini Omni 1.2 Flash',
    ]);
  });

  it('restores a shared link, dropping unknown ids with a visible notice', async () => {
    const { router } = renderApp('/compare?systems=sora,nope&versions=zzz,sora-turbo&asOf=not-a-day');
    const notice = await screen.findByRole('status', { name: 'About this link' });
    expect(notice).toHaveTextContent('No system with the id “nope”: dropped.');
    expect(notice).toHaveTextContent('No version with the id “zzz”: dropped.');
    expect(notice).toHaveTextContent('Could not read “asOf=not-a-day”: ignored.');
    expect(column(await chartTable('Maximum clip length'), 'Version')).toEqual(['Sora (Turbo)']);

    await userEvent.click(within(notice).getByRole('button', { name: 'Remove them from the link' }));
    await waitFor(() => expect(router.state.location.searchStr).toBe('?systems=sora&versions=sora-turbo'));
  });

  it('"as of" a typed day hides versions released later, in the pickers and the charts', async () => {
    const { router } = renderApp('/compare?systems=veo,sora');
    await userEvent.type(await screen.findByLabelText('As of'), '2025-06-01');
    await waitFor(() => expect(router.state.location.searchStr).toBe('?systems=veo,sora&asOf=2025-06-01'));
    const veo = screen.getByRole('group', { name: 'Veo versions' });
    expect(within(veo).queryByRole('checkbox', { name: /^Veo 3\.1/ })).not.toBeInTheDocument();
    expect(within(veo).getByRole('checkbox', { name: 'Veo 3', description: '20 May 2025' })).toBeChecked();
    const chronology = await chartTable('Release chronology');
    expect(column(chronology, 'Version')).toEqual([
      'Sora (research preview)',
      'Sora (Turbo)',
      'Sora (Turbo), Pro plan',
      'Veo',
      'Veo 2',
      'Veo 3',
    ]);
    expect(column(await chartTable('Maximum clip length'), 'Version')).toEqual(['Sora (Turbo)', 'Veo 3']);

    await userEvent.click(screen.getByRole('button', { name: 'Show today' }));
    await waitFor(() => expect(router.state.location.searchStr).toBe('?systems=veo,sora'));
  });

  // Three days around Veo 3's changes: out for paying subscribers at 720p with no published API price; generally
  // available at 1080p and $0.40/s from 9 Sep 2025; retired on 30 Jun 2026.
  it.each([
    ['2025-06-01', { resolution: '720p', price: 'not disclosed', status: 'limited' }],
    ['2025-10-01', { resolution: '1080p', price: '$0.40/s', status: 'public' }],
    ['2026-07-01', { resolution: '1080p', price: '$0.40/s', status: 'retired' }],
  ])('as of %s, Veo 3 shows the values and status in force that day', async (day, want) => {
    renderApp(`/compare?systems=veo&versions=veo-3&asOf=${day}`);
    const res = await chartTable('Maximum output resolution');
    expect(column(res, 'Max resolution')).toEqual([want.resolution]);
    const price = await chartTable('API price per second of video');
    expect(column(price, 'API price')).toEqual([want.price]);
    expect(column(price, 'Status')).toEqual([want.status]);
    const picker = screen.getByRole('group', { name: 'Veo versions' });
    if (want.status === 'retired')
      expect(within(picker).getByRole('checkbox', { name: 'Veo 3', description: 'retired 30 Jun 2026' })).toBeChecked();
    const subtitle = (await screen.findByRole('figure', { name: 'Maximum output resolution' })).querySelector(
      '.chart-frame__subtitle',
    );
    expect(subtitle).toHaveTextContent(/as of \d+ \w+ 20\d\d/);
  });

  it('lists what changed between two versions', async () => {
    renderApp('/compare?diff=veo-2,veo-3');
    const diff = await screen.findByRole('table', { name: /Veo 2 → Veo 3/ });
    const audio = within(diff).getByRole('row', { name: /Native audio/ });
    expect(
      within(audio)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['No', 'Yes', 'changed']);
    expect(within(diff).queryByRole('row', { name: /Frame rate/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show unchanged fields' }));
    expect(within(diff).getByRole('row', { name: /Frame rate/ })).toHaveTextContent('same');
  });

  it('the same version on both sides is said, not blamed on the link', async () => {
    const { router } = renderApp('/compare?diff=veo-3,veo-3');
    expect(await screen.findByText(/Both sides are Veo 3: choose another version on one side/)).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'About this link' })).not.toBeInTheDocument();
    expect(router.state.location.searchStr).toBe('?diff=veo-3,veo-3');
  });

  it('"show unchanged fields" is kept in the URL, so a link reopens it', async () => {
    const { router } = renderApp('/compare?diff=veo-2,veo-3');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Show unchanged fields' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ unchanged: 'show' }));
    renderApp('/compare?diff=veo-2,veo-3&unchanged=show');
    const boxes = await screen.findAllByRole('checkbox', { name: 'Show unchanged fields' });
    expect(boxes.at(-1)).toBeChecked();
  });

  it('isolates link text in the notice, so a right-to-left character cannot scramble the sentence', async () => {
    renderApp('/compare?systems=abc\u202edef');
    const notice = await screen.findByRole('status', { name: 'About this link' });
    const isolated = notice.querySelector('bdi');
    expect(isolated?.textContent).toBe('systems=abc\u202edef');
    expect(notice).toHaveTextContent(/^Could not read “systems=abc.def”: ignored\./);
  });
});
