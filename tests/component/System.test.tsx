import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SPEC_FIELDS } from '../../src/data/specs';
import { realDataset } from '../../src/mocks/dataset';
import { STATUS_LABEL } from '../../src/ui/StatusBadge';
import { renderApp } from '../support/renderApp';

const ds = realDataset();
const veo = ds.systems.find((s) => s.id === 'veo')!;

describe('System page', { timeout: 30_000 }, () => {
  it('lists every version with every spec and its sources', async () => {
    renderApp('/systems/veo');
    expect(await screen.findByRole('heading', { level: 1, name: 'Veo' })).toBeInTheDocument();
    for (const v of veo.versions) {
      const section = screen.getByRole('region', { name: `${v.name} ${STATUS_LABEL[v.status]}` });
      const table = within(section).getByRole('table');
      for (const { label } of SPEC_FIELDS)
        expect(within(table).getByRole('rowheader', { name: label })).toBeInTheDocument();
    }
    const veo3 = screen.getByRole('region', { name: 'Veo 3 public' });
    const audio = within(veo3).getByRole('row', { name: /Native audio/ });
    expect(audio).toHaveTextContent('Yes');
    for (const id of veo.versions.find((v) => v.id === 'veo-3')!.specs.nativeAudio!.sourceIds)
      expect(within(audio).getByRole('link', { name: `source ${id}` })).toHaveAttribute('href', `/sources#${id}`);
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
    const compare = screen.getByRole('link', { name: /Compare all 5 versions of Veo/ });
    expect(compare.getAttribute('href')).toBe(
      `/compare?systems=veo&versions=${veo.versions.map((v) => v.id).join(',')}`,
    );
  });
});
