/**
 * The bar charts' version names lead where their bars do, and a focused mark (bar, chronology point, event dot)
 * shows the tooltip a pointer shows.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../support/renderApp';

const URL = '/compare?systems=sora,veo&versions=sora-2,veo-3';
const priceChart = () => screen.findByRole('figure', { name: 'API price per second of video' }, { timeout: 15_000 });

// jsdom has no layout: give each chart a width, as a browser's ResizeObserver would, so recharts draws it.
class SizedObserver {
  constructor(private readonly report: ResizeObserverCallback) {}
  observe(target: Element) {
    const contentRect = { width: 640, height: 400, top: 0, left: 0 } as DOMRectReadOnly;
    this.report([{ target, contentRect } as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}
beforeEach(() => vi.stubGlobal('ResizeObserver', SizedObserver));
afterEach(() => vi.unstubAllGlobals());

describe('bar chart marks', { timeout: 30_000 }, () => {
  it("a version's name on the axis is a link to the version, named apart from its bar; Tab stops once per version", async () => {
    const user = userEvent.setup();
    const { router } = renderApp(URL);
    const figure = await priceChart();
    const tick = await within(figure).findByRole('link', { name: /^Veo 3.* in Price — open version$/ });
    const bar = within(figure).getByRole('link', { name: /^Veo 3.*: .* — open version$/ });
    expect(tick).toHaveAttribute('href', '/systems/veo?version=veo-3');
    expect(bar).toHaveAttribute('href', '/systems/veo?version=veo-3');
    // Names are unique on the page (a tick per chart, a bar per chart, a matrix row, a table cell).
    const names = screen.getAllByRole('link').map((l) => l.getAttribute('aria-label') ?? l.textContent);
    expect(names.filter((n) => n === tick.getAttribute('aria-label'))).toHaveLength(1);
    // Tab goes bar to bar: the tick, a second way to the same place, is not a tab stop.
    expect(tick).toHaveAttribute('tabindex', '-1');
    const stops = within(figure.querySelector<HTMLElement>('.recharts-wrapper')!)
      .getAllByRole('link')
      .filter((l) => l.getAttribute('tabindex') !== '-1');
    expect(stops.map((l) => l.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^Sora 2.*: .* — open version$/),
      expect.stringMatching(/^Veo 3.*: .* — open version$/),
    ]);
    await user.click(tick);
    await waitFor(() => expect(router.state.location.href).toBe('/systems/veo?version=veo-3'));
  });

  it("focusing a bar shows its tooltip with the version's value; Escape hides it, and so does moving focus on", async () => {
    const user = userEvent.setup();
    renderApp(URL);
    const figure = await priceChart();
    const bar = await within(figure).findByRole('link', { name: /^Veo 3.*: .* — open version$/ });
    const value = /^Veo 3.*: (.*) — open version$/.exec(bar.getAttribute('aria-label')!)![1]!;
    expect(within(figure).queryByRole('tooltip')).toBeNull();
    // Tab from one bar to the next (bars are drawn in order: Sora 2, then Veo 3).
    const sora = within(figure).getByRole('link', { name: /^Sora 2.*: .* — open version$/ });
    sora.focus();
    await waitFor(() => expect(within(figure).getByRole('tooltip')).toHaveTextContent(/^Sora 2/));
    await user.tab();
    const veo = within(figure).getByRole('link', { name: /^Veo 3.*: .* — open version$/ });
    expect(veo).toHaveFocus();
    const tip = within(figure).getByRole('tooltip');
    expect(tip).toBeVisible();
    expect(tip).toHaveTextContent(/^Veo 3/);
    expect(tip).toHaveTextContent(`Price: ${value}`);
    await user.keyboard('{Escape}');
    expect(within(figure).queryByRole('tooltip')).toBeNull();
    expect(veo).toHaveFocus();
    // Focus again shows it; moving focus away hides it.
    await user.tab({ shift: true });
    expect(within(figure).getByRole('tooltip')).toHaveTextContent(/^Sora 2/);
    await user.click(document.body);
    expect(within(figure).queryByRole('tooltip')).toBeNull();
  });

  it('a focused chronology point and a focused event dot show their tooltips too', async () => {
    const user = userEvent.setup();
    renderApp('/compare?systems=sora&versions=sora-2');
    const chronology = await screen.findByRole('figure', { name: 'Release chronology' }, { timeout: 15_000 });
    const point = await within(chronology).findByRole('link', { name: 'Sora 2: released 30 Sep 2025 — open version' });
    point.focus();
    const tip = await within(chronology).findByRole('tooltip');
    expect(tip).toHaveTextContent('Sora 2 (OpenAI)Released: 30 Sep 2025');
    await user.keyboard('{Escape}');
    expect(within(chronology).queryByRole('tooltip')).toBeNull();

    await user.click(within(chronology).getByRole('link', { name: /Sora 2: released/ }));
    const events = await screen.findByRole('figure', { name: 'Sora: events over time' }, { timeout: 15_000 });
    const dot = (await within(events).findAllByRole('link'))[0]!;
    const title = /^(.*), \d{1,2} \w{3} 20\d\d — open on the timeline$/.exec(dot.getAttribute('aria-label')!)![1]!;
    dot.focus();
    expect(await within(events).findByRole('tooltip')).toHaveTextContent(title);
    dot.blur();
    await waitFor(() => expect(within(events).queryByRole('tooltip')).toBeNull());
  });
});
