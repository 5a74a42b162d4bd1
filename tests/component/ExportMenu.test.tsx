import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { realDataset } from '../../src/mocks/dataset';
import { captureDownloads } from '../support/downloads';
import { renderApp } from '../support/renderApp';

/** What the app downloads, by file name. */
let saved: Map<string, Blob>;
beforeEach(() => {
  saved = captureDownloads();
});

async function clipFrame() {
  renderApp('/compare');
  const frame = await screen.findByRole('figure', { name: 'Maximum clip length' });
  await within(frame).findByText('Midjourney', { selector: '.legend li' });
  return frame;
}

describe('Export menu', { timeout: 30_000 }, () => {
  it('opens from the keyboard, moves with the arrow keys, and Escape returns focus to the button', async () => {
    const user = userEvent.setup();
    const frame = await clipFrame();
    const button = within(frame).getByRole('button', { name: 'Export' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');

    button.focus();
    await user.keyboard('{Enter}');
    const menu = screen.getByRole('menu', { name: 'Export' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(within(menu).getByRole('menuitem', { name: 'PNG 1x' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(menu).getByRole('menuitem', { name: 'PNG 2x' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(within(menu).getByRole('menuitemradio', { name: 'Dark image' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(menu).getByRole('menuitem', { name: 'PNG 1x' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitemradio', { name: 'Dark image' })).toHaveFocus();
    await user.keyboard('{Tab}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('lists every export and the image theme, one theme checked', async () => {
    const user = userEvent.setup();
    const frame = await clipFrame();
    await user.click(within(frame).getByRole('button', { name: 'Export' }));
    const menu = screen.getByRole('menu', { name: 'Export' });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((i) => i.textContent),
    ).toEqual(['PNG 1x', 'PNG 2x', 'PNG 4x', 'SVG', 'CSV', 'Copy image', 'Copy citation', 'Embed…']);
    const themes = within(within(menu).getByRole('group', { name: 'Image theme' })).getAllByRole('menuitemradio');
    expect(themes.filter((t) => t.getAttribute('aria-checked') === 'true')).toHaveLength(1);
    await user.click(within(menu).getByRole('menuitemradio', { name: 'Dark image' }));
    expect(within(menu).getByRole('menuitemradio', { name: 'Dark image' })).toHaveAttribute('aria-checked', 'true');
    expect(within(menu).getByRole('menuitemradio', { name: 'Light image' })).toHaveAttribute('aria-checked', 'false');
  });

  it('saves a CSV with exactly the rows and columns of the frame’s table', async () => {
    const user = userEvent.setup();
    const frame = await clipFrame();
    await user.click(within(frame).getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'CSV' }));
    const status = within(frame).getByRole('status');
    await waitFor(() =>
      expect(status).toHaveTextContent(/^Saved genscope-compare-maximum-clip-length-\d{4}-\d\d-\d\d\.csv$/),
    );
    const [name, blob] = [...saved][0]!;
    expect(status).toHaveTextContent(`Saved ${name}`);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 BOM, for spreadsheets
    const rows = Papa.parse<string[]>(new TextDecoder().decode(bytes), { skipEmptyLines: true }).data;

    await user.click(within(frame).getByRole('button', { name: 'Table' }));
    const shown = within(within(frame).getByRole('table'))
      .getAllByRole('row')
      .map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
    // The table as shown ("not disclosed" in words), which of its figures are not disclosed, the day it shows and
    // the dataset, on every row.
    const meta = realDataset().meta;
    // The table says a length as the chart does ("5 s"); the CSV keeps the plain number.
    const plain = (c: string) => c.replace(/^(\d+(?:\.\d+)?) s$/, '$1');
    expect(shown.flat()).toContain('5 s');
    const disclosure = (r: string[]) => {
      const missing = shown[0]!.filter((_, j) => r[j] === 'not disclosed');
      return missing.length ? `not disclosed: ${missing.join('; ')}` : 'complete';
    };
    const stamp = (r: string[], i: number) =>
      i === 0 ? ['Disclosure', 'As of', 'Dataset'] : [disclosure(r), meta.updatedAt, `Genscope ${meta.version}`];
    expect(rows).toEqual(shown.map((r, i) => [...r.map(plain), ...stamp(r, i)]));
    expect(rows[0]).toContain('Source ids');
    expect(rows.slice(1).every((r) => /^(S\d+|seed)/.test(r[rows[0]!.indexOf('Source ids')]!))).toBe(true);
  });

  it('gives an embed snippet of the chart as shown, in a dialog that returns focus to the menu button', async () => {
    const user = userEvent.setup();
    renderApp('/compare?systems=veo&sort=value&scale=log');
    const frame = await screen.findByRole('figure', { name: 'Maximum clip length' });
    const button = within(frame).getByRole('button', { name: 'Export' });
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'Embed…' }));
    const dialog = screen.getByRole('dialog', { name: 'Embed “Maximum clip length”' });
    const [iframe, script] = (within(dialog).getByLabelText('Embed code') as HTMLTextAreaElement).value.split('\n');
    expect(iframe).toBe(
      '<iframe src="http://localhost:3000/embed/max-clip-length?systems=veo&amp;sort=value&amp;scale=log" ' +
        'title="Maximum clip length (Genscope)" width="100%" height="560" style="border:0" loading="lazy" ' +
        'data-genscope-embed></iframe>',
    );
    // The line that fits the frame to the chart's height listens to the chart's origin only.
    expect(script).toMatch(/^<script>.*e\.origin!=="http:\/\/localhost:3000".*<\/script>$/);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('offers no embed where the URL does not hold the chart’s state (Overview)', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const frame = await screen.findByRole('figure', { name: 'Maximum clip length' });
    await user.click(within(frame).getByRole('button', { name: 'Export' }));
    expect(within(screen.getByRole('menu')).queryByRole('menuitem', { name: 'Embed…' })).not.toBeInTheDocument();
  });

  it('has a footer with the dataset and the view’s URL', async () => {
    const frame = await clipFrame();
    const { version } = realDataset().meta;
    expect(
      await within(frame).findByText(
        new RegExp(
          `^Genscope · dataset v${version.replace(/\./g, '\\.')} of \\d+ \\w+ \\d{4} · http://localhost(:\\d+)?/compare · \\d`,
        ),
      ),
    ).toBeInTheDocument();
  });
});
