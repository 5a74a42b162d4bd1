import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type FormEvent } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { watchEarlyActions } from '../../src/app/earlyActions';

/** A page with the kinds of control the app's prerendered pages show. */
function Page({ onJump = () => {} }: { onJump?: (date: string) => void }) {
  const [theme, setTheme] = useState(0);
  const [lanes, setLanes] = useState(false);
  const [date, setDate] = useState('');
  const jump = (e: FormEvent) => {
    e.preventDefault();
    onJump(date);
  };
  return (
    <main>
      <button type="button" onClick={() => setTheme((t) => t + 1)}>
        Theme: {theme}
      </button>
      <label>
        <input type="checkbox" checked={lanes} onChange={(e) => setLanes(e.target.checked)} /> Lanes
      </label>
      <form aria-label="Jump to a date" onSubmit={jump}>
        <input aria-label="Date" value={date} onChange={(e) => setDate(e.target.value)} />
        <button>Go</button>
      </form>
      <input aria-label="Note" defaultValue="" />
    </main>
  );
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
});

/** The prerendered page in #root, as the build writes it, watched as main.tsx does. */
function prerendered() {
  const container = document.createElement('div');
  container.id = 'root';
  const html = `<div data-prerendered="/timeline">${renderToString(<Page />)}</div>`;
  container.append(new DOMParser().parseFromString(html, 'text/html').body.firstElementChild!);
  document.body.append(container);
  return { container, early: watchEarlyActions(container) };
}

/** The app's first render replaces the page (start.tsx); a few tasks pass. */
async function goLive(container: HTMLElement, page = <Page />) {
  root = createRoot(container);
  act(() => root!.render(page));
  await act(() => new Promise((r) => setTimeout(r, 50)));
}

describe('what the reader does on the prerendered page is done again once the app is live', () => {
  it('clicks, a ticked box, a typed value and a submitted form, in order, with the focus where it was', async () => {
    const user = userEvent.setup();
    const { container } = prerendered();
    await user.click(screen.getByRole('button', { name: 'Theme: 0' }));
    await user.click(screen.getByRole('button', { name: 'Theme: 0' }));
    await user.click(screen.getByRole('checkbox', { name: 'Lanes' }));
    await user.type(screen.getByRole('textbox', { name: 'Date' }), '2025-06-19{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'cinema');
    // Nothing of this reached an app yet: the page is still the prerendered one.
    expect(container.querySelector('[data-prerendered]')).not.toBeNull();

    const jumps: string[] = [];
    await goLive(container, <Page onJump={(d) => jumps.push(d)} />);
    expect(container.querySelector('[data-prerendered]')).toBeNull();
    expect(await screen.findByRole('button', { name: 'Theme: 2' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Lanes' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Date' })).toHaveValue('2025-06-19');
    expect(jumps).toEqual(['2025-06-19']);
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('cinema');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveFocus();
  });

  it('a submit on the prerendered page does not leave it (the app handles it once live)', async () => {
    const user = userEvent.setup();
    prerendered();
    const submits: boolean[] = [];
    window.addEventListener('submit', (e) => submits.push(e.defaultPrevented), { once: true });
    await user.type(screen.getByRole('textbox', { name: 'Date' }), '2025{Enter}');
    expect(submits).toEqual([true]);
  });

  it('the app untouched by the reader draws as it would have', async () => {
    const { container } = prerendered();
    await goLive(container);
    expect(screen.getByRole('button', { name: 'Theme: 0' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Lanes' })).not.toBeChecked();
    expect(document.activeElement).toBe(document.body);
  });

  it('a field the reader left keeps its value but not the focus', async () => {
    const user = userEvent.setup();
    const { container } = prerendered();
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'cinema');
    await user.click(document.body);
    await goLive(container);
    expect(await screen.findByDisplayValue('cinema')).toBe(screen.getByRole('textbox', { name: 'Note' }));
    expect(document.activeElement).toBe(document.body);
  });

  it('the first key or pointer press counts from the start, before the app has loaded', async () => {
    const user = userEvent.setup();
    const { early } = prerendered();
    const runs: string[] = [];
    early.onFirstAct(() => runs.push('before'));
    expect(runs).toEqual([]);
    await user.keyboard('{Shift}');
    expect(runs).toEqual(['before']);
    early.onFirstAct(() => runs.push('after')); // the app's code arrived after the press: it runs at once
    expect(runs).toEqual(['before', 'after']);
  });

  it('a page that was not prerendered (the plain shell) has nothing to do again', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const early = watchEarlyActions(container);
    let ran = false;
    early.onFirstAct(() => (ran = true));
    await userEvent.setup().pointer({ keys: '[MouseLeft]', target: document.body });
    expect(ran).toBe(true);
  });
});
