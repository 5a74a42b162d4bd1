/**
 * Every mark leads somewhere: a bar, a chronology point, a matrix row to its version's section of the system
 * page; an event dot to the event on the timeline. On the page only: an export draws the same chart with no links.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import type { BarShapeProps } from 'recharts';
import { describe, expect, it } from 'vitest';
import { EventDot } from '../../src/features/systems/EventDot';
import type { BarDatum } from '../../src/ui/charts/barSeries';
import type { ChronologyPoint } from '../../src/ui/charts/chronology';
import { ChronologyPointShape } from '../../src/ui/charts/ChronologyPointShape';
import { MarkLinksContext } from '../../src/ui/charts/MarkLink';
import { SpecBar } from '../../src/ui/charts/SpecBar';
import { renderApp } from '../support/renderApp';

const bar: BarDatum = {
  id: 'veo-3',
  systemId: 'veo',
  label: 'Veo 3',
  systemName: 'Veo',
  versionName: 'Veo 3',
  companyName: 'Google (DeepMind)',
  color: '#e69f00',
  value: 0.4,
  extension: null,
  placeholder: null,
  total: 0.4,
  baseShare: 1,
  valueText: '$0.40/s',
  shortText: '$0.40/s',
  notes: [],
};

const point: ChronologyPoint = {
  id: 'sora-2',
  versionId: 'sora-2',
  systemId: 'sora',
  label: 'Sora 2',
  versionName: 'Sora 2',
  row: 'Sora',
  rowIndex: 0,
  companyName: 'OpenAI',
  color: '#000',
  x: 0,
  kind: 'released',
  dateText: '30 Sep 2025',
  tier: false,
  labelLane: 0,
  labelled: true,
  labelAnchor: 'middle',
};

const patterns = { extension: () => 'ext', notDisclosed: 'nd' };
const shapeProps = { x: 10, y: 10, width: 100, height: 20, payload: bar } as unknown as BarShapeProps;
const barShape = <SpecBar {...shapeProps} patterns={patterns} />;
const marks = (
  <>
    {barShape}
    <ChronologyPointShape cx={50} cy={50} payload={point} showLabel />
    <EventDot
      symbol={{ cx: 80, cy: 80, payload: { id: 'e1', title: 'Veo 3 launches', dateText: '20 May 2025' } }}
      systemId="veo"
    />
  </>
);

function drawn(onPage: boolean, children: ReactNode) {
  return render(
    <svg>
      <MarkLinksContext.Provider value={onPage}>{children}</MarkLinksContext.Provider>
    </svg>,
  );
}

describe('chart marks lead somewhere', { timeout: 30_000 }, () => {
  it('on the page, each mark is a focusable link named with what it shows and where it goes', async () => {
    drawn(true, marks);
    const bars = screen.getByRole('link', { name: 'Veo 3: $0.40/s — open version' });
    expect(bars).toHaveAttribute('href', '/systems/veo?version=veo-3');
    const dot = screen.getByRole('link', { name: 'Sora 2: released 30 Sep 2025 — open version' });
    expect(dot).toHaveAttribute('href', '/systems/sora?version=sora-2');
    const event = screen.getByRole('link', { name: 'Veo 3 launches, 20 May 2025 — open on the timeline' });
    expect(event).toHaveAttribute('href', '/timeline?system=veo&event=e1');
    // Tab reaches them in order, and each draws its focus ring.
    await userEvent.tab();
    expect(bars).toHaveFocus();
    expect(bars.querySelector('.mark-link__ring')).not.toBeNull();
    await userEvent.tab();
    expect(dot).toHaveFocus();
    await userEvent.tab();
    expect(event).toHaveFocus();
  });

  it('in an export (no page context), the same marks are drawings only: no link, no ring', () => {
    const { container } = drawn(false, marks);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(container.querySelector('a, .mark-link__ring, .mark-link__hit')).toBeNull();
    expect(container.querySelectorAll('rect, circle, path').length).toBeGreaterThan(0);
  });

  it("a matrix row on Compare opens its version's section on the system page, focused, and Back returns", async () => {
    const { router } = renderApp('/compare?systems=veo&versions=veo-3');
    const figure = await screen.findByRole('figure', { name: 'Capability matrix' });
    const row = await within(figure).findByRole('link', { name: 'Veo 3 (retired) — open version' });
    expect(row).toHaveAttribute('href', '/systems/veo?version=veo-3');
    await userEvent.click(row);
    const section = await screen.findByRole('region', { name: 'Veo 3 retired' });
    await waitFor(() => expect(section).toHaveFocus());
    expect(router.state.location.href).toBe('/systems/veo?version=veo-3');
    router.history.back();
    await waitFor(() => expect(router.state.location.href).toBe('/compare?systems=veo&versions=veo-3'));
  });

  it("a chart's table leads where its marks do: each version's name opens its section", async () => {
    renderApp('/compare?systems=sora,veo&versions=sora-2,veo-3');
    for (const title of ['API price per second of video', 'Release chronology', 'Capability matrix']) {
      const figure = await screen.findByRole('figure', { name: title });
      await userEvent.click(within(figure).getByRole('button', { name: 'Table' }));
      const table = within(figure).getByRole('table');
      expect(within(table).getByRole('link', { name: /^Veo 3( \(retired\))?$/ })).toHaveAttribute(
        'href',
        '/systems/veo?version=veo-3',
      );
      expect(within(table).getByRole('link', { name: /^Sora 2( \(retired\))?$/ })).toHaveAttribute(
        'href',
        '/systems/sora?version=sora-2',
      );
    }
  });
});
