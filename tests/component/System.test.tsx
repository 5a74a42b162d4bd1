import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { statusOn } from '../../src/data/lifecycle';
import { realDataset } from '../../src/mocks/dataset';
import { SPEC_FIELDS } from '../../src/ui/specs';
import { statusLabel } from '../../src/ui/StatusBadge';
import { renderApp } from '../support/renderApp';

const ds = realDataset();
const veo = ds.systems.find((s) => s.id === 'veo')!;

describe('System page', { timeout: 30_000 }, () => {
  it('lists every version with every spec and its sources', async () => {
    renderApp('/systems/veo');
    expect(await screen.findByRole('heading', { level: 1, name: 'Veo' })).toBeInTheDocument();
    for (const v of veo.versions) {
      const section = screen.getByRole('region', { name: `${v.name} ${statusLabel(statusOn(v, null))}` });
      const table = within(section).getByRole('table');
      for (const { label } of [...SPEC_FIELDS, { label: 'Released' }, { label: 'Retired' }])
        expect(within(table).getByRole('rowheader', { name: label })).toBeInTheDocument();
    }
    const veo3 = screen.getByRole('region', { name: 'Veo 3 retired' });
    const audio = within(veo3).getByRole('row', { name: /Native audio/ });
    expect(audio).toHaveTextContent('Yes');
    for (const id of veo.versions.find((v) => v.id === 'veo-3')!.specs.nativeAudio[0]!.sourceIds)
      expect(within(audio).getByRole('link', { name: new RegExp(`^source ${id}\\b`) })).toHaveAttribute(
        'href',
        `/sources#${id}`,
      );
  });

  it("shows each value's history with the day it changed, and marks the company's own pages", async () => {
    renderApp('/systems/veo');
    const veo3 = await screen.findByRole('region', { name: 'Veo 3 retired' });
    const resolution = within(within(veo3).getByRole('row', { name: /Max resolution/ })).getByRole('list', {
      name: 'Max resolution, history',
    });
    const steps = within(resolution).getAllByRole('listitem');
    expect(steps.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^720p since release/),
      expect.stringMatching(/^→ 1080p from 9 Sep 2025/),
    ]);
    const ownSource = ds.sources.find(
      (s) => s.kind === 'first-party' && steps[1]!.textContent!.includes(`[${s.id}✓]`),
    )!;
    expect(
      within(steps[1]!).getByRole('link', { name: `source ${ownSource.id}, the company’s own page` }),
    ).toBeVisible();
    const retired = within(veo3).getByRole('row', { name: /Retired/ });
    expect(retired).toHaveTextContent(/30 Jun 2026, replaced by Veo 3\.1/);
  });

  it("draws the system's events on a small timeline whose table holds exactly those events", async () => {
    renderApp('/systems/veo');
    const figure = await screen.findByRole('figure', { name: 'Veo: events over time' });
    await userEvent.click(within(figure).getByRole('button', { name: 'Table' }));
    const rows = within(within(figure).getByRole('table')).getAllByRole('row').slice(1);
    const events = ds.events.filter((e) => e.systemIds.includes('veo'));
    expect(rows).toHaveLength(events.length);
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual(events.map((e) => e.date).sort());
  });

  it('opens outbound links safely in a new tab', async () => {
    renderApp('/systems/veo');
    const official = await screen.findByRole('link', { name: veo.url! });
    expect(official).toHaveAttribute('rel', 'noopener noreferrer');
    expect(official).toHaveAttribute('target', '_blank');
    const company = screen.getByRole('link', { name: 'Google (DeepMind)' });
    expect(company).toHaveAttribute('rel', 'noopener noreferrer');
    const compare = screen.getByRole('link', { name: `Compare all ${veo.versions.length} versions of Veo` });
    expect(compare.getAttribute('href')).toBe(
      `/compare?systems=veo&versions=${veo.versions.map((v) => v.id).join(',')}`,
    );
  });
});
