/** A system page leads on: to its events on the timeline, and from each version to Compare on its date and to its events. */
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { realDataset } from '../../src/mocks/dataset';
import { createHandlers } from '../../src/mocks/handlers';
import { server } from '../../src/mocks/node';
import { generateSyntheticDataset } from '../../src/mocks/variants/synthetic';
import { renderApp } from '../support/renderApp';

const ds = realDataset();

describe('System page links', { timeout: 30_000 }, () => {
  afterEach(() => vi.restoreAllMocks());

  it('links to all its events on the timeline, and each version to Compare as of its date and its events', async () => {
    renderApp('/systems/veo');
    expect(await screen.findByRole('link', { name: 'All events of Veo on the timeline' })).toHaveAttribute(
      'href',
      '/timeline?system=veo',
    );
    const veo3 = await screen.findByRole('region', { name: 'Veo 3 retired' });
    expect(within(veo3).getByRole('link', { name: 'Compare as of this date (20 May 2025)' })).toHaveAttribute(
      'href',
      '/compare?asOf=2025-05-20&versions=veo-3',
    );
    expect(
      within(veo3).getByRole('link', { name: 'Events of Veo from 20 May 2025 to 30 Jun 2026 on the timeline' }),
    ).toHaveAttribute('href', '/timeline?system=veo&from=2025-05&to=2026-06');
    const about = await within(veo3).findByRole('list', { name: 'Events about Veo 3' });
    const concerning = ds.events.filter((e) => e.versionIds.includes('veo-3'));
    const links = within(about).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      concerning.map((e) => `/timeline?system=veo&event=${e.id}`).sort(),
    );
  });

  it('says "the only version", not "all 1 versions"', async () => {
    const single = ds.systems.find((s) => s.versions.length === 1)!;
    renderApp(`/systems/${single.id}`);
    expect(await screen.findByRole('link', { name: `Compare the only version of ${single.name}` })).toBeInTheDocument();
    expect(screen.queryByText(/all 1 versions/)).not.toBeInTheDocument();
  });

  it('opens at the version a link asks for, focused', async () => {
    renderApp('/systems/veo?version=veo-2');
    const section = await screen.findByRole('region', { name: 'Veo 2 retired' });
    await vi.waitFor(() => expect(section).toHaveFocus());
  });

  it('opens at the version an anchor names (#version-<id>), focused', async () => {
    renderApp('/systems/veo#version-veo-3-fast');
    const section = await screen.findByRole('region', { name: 'Veo 3 Fast retired' });
    await vi.waitFor(() => expect(section).toHaveFocus());
  });

  it('says so when the version a link asks for is not there', async () => {
    renderApp('/systems/veo?version=veo-99');
    await screen.findByRole('heading', { level: 1, name: 'Veo' });
    const said = screen.getAllByRole('status').map((el) => el.textContent);
    expect(said).toContain('Veo has no version “veo-99”: all its versions are below.');
  });

  it('writes large counts with separators', async () => {
    const big = generateSyntheticDataset(ds, { events: 20_000, seed: 7 });
    server.use(...createHandlers(() => big));
    renderApp('/systems/veo');
    const figure = await screen.findByRole('figure', { name: 'Veo: events over time' });
    const total = big.events.filter((e) => e.systemIds.includes('veo')).length;
    expect(total).toBeGreaterThan(999);
    expect(figure).toHaveTextContent(`100 of ${total.toLocaleString('en-GB')} events by type`);
  });

  it('marks a wide table with a hint to scroll, and lets the keyboard reach it', async () => {
    vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(900);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(340);
    renderApp('/compare?diff=veo-2,veo-3');
    const region = await screen.findByRole('group', { name: 'Differences between the two versions' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toHaveAccessibleDescription('Scroll for more columns →');
    expect(screen.getByRole('group', { name: 'Capability matrix' })).toHaveAccessibleDescription(
      'Scroll for more columns →',
    );
  });
});
