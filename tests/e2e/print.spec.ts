/**
 * Printing: the page's content only (no navigation, filters or buttons), the whole filtered timeline list (not
 * the virtual window), and a footer with the view's URL, the print day and the dataset version. Checked in print
 * media emulation (what Chromium lays out for paper) and by Chromium's PDF of the page.
 */
import { expect, test } from '@playwright/test';
import { ds } from './support/dataset';
import { pdfPages } from './support/pdfText';

const PAGE_SIZE = 50;
const byCompany = (id: string) => ds.events.filter((e) => e.companyIds.includes(id));

test('printing a filtered timeline prints every filtered event, without navigation, filters or buttons', async ({
  page,
  request,
}) => {
  const company = ['openai', 'google', 'meta', 'midjourney'].find((id) => {
    const n = byCompany(id).length;
    return n > 5 && n <= PAGE_SIZE;
  })!;
  const filtered = byCompany(company);
  await page.goto(`/timeline?company=${company}`);
  await expect(page.getByRole('status').filter({ hasText: /^\d+ events?/ })).toHaveText(
    new RegExp(`^${filtered.length} events`),
  );
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('[data-print-events] .print-events__title');
  await expect(printed).toHaveCount(filtered.length);
  expect((await printed.allTextContents()).sort()).toEqual(filtered.map((e) => e.title).sort());
  for (const hidden of [
    page.getByRole('navigation', { name: 'Main' }),
    page.getByRole('search', { name: 'Filter events' }),
    page.getByRole('button', { name: 'Print the list' }),
  ])
    await expect(hidden).toBeHidden();
  const footer = page.locator('[data-print-footer]');
  await expect(footer).toBeVisible();
  await expect(footer).toContainText(`/timeline?company=${company}`);
  await expect(footer).toContainText(`dataset v${ds.meta.version}`);
  await expect(footer).toContainText(/printed \d+ \w+ \d{4}/);

  // Chromium's PDF holds the title of every event the API gives for this filter, one list item each.
  const answer = await request.get(`${process.env.E2E_SERVER_URL}/api/v1/events?company=${company}&limit=500`);
  const { data: events, total } = (await answer.json()) as { data: { title: string }[]; total: number };
  expect(events).toHaveLength(total);
  const pdf = await page.pdf({ format: 'A4' });
  const text = (await pdfPages(pdf)).join(' ');
  const missing = events.map((e) => e.title.replace(/\s+/g, ' ')).filter((title) => !text.includes(title));
  expect(missing).toEqual([]);
  // The list's numbers ("3. 24 Mar 2026 · Retirement · …"): one item per event, 1 to the filter's total.
  const numbers = [...text.matchAll(/(?:^| )(\d+)\. [^·]{4,12} · /g)].map((m) => Number(m[1]));
  expect(numbers).toEqual(Array.from({ length: total }, (_, i) => i + 1));
  const letter = await page.pdf({ format: 'Letter' });
  expect(letter.length).toBeGreaterThan(10_000);
});

test('"Print the list" prints every filtered event, beyond the pages loaded', async ({ page }) => {
  expect(ds.events.length).toBeGreaterThan(PAGE_SIZE);
  await page.goto('/timeline');
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('[data-print-events] .print-events__title');
  await expect(printed).toHaveCount(PAGE_SIZE); // the browser's own Print: the loaded page, said as such
  await expect(page.locator('[data-print-events]')).toContainText(`${PAGE_SIZE} of ${ds.events.length} events`);
  await page.emulateMedia({ media: 'screen' });
  // window.print blocks in a real browser; here it records what the page held when the dialog would open.
  await page.evaluate(() => {
    window.print = () => {
      const titles = [...document.querySelectorAll('[data-print-events] .print-events__title')];
      (window as unknown as { printed: string[] }).printed = titles.map((t) => t.textContent ?? '');
    };
  });
  await page.getByRole('button', { name: 'Print the list' }).click();
  await expect(page.getByText(`Printed ${ds.events.length} events`)).toBeVisible();
  const atPrint = await page.evaluate(() => (window as unknown as { printed: string[] }).printed);
  expect(atPrint.sort()).toEqual(ds.events.map((e) => e.title).sort());
});

test('a printed chart page keeps its charts, sized to the paper, and drops the controls', async ({ page }) => {
  await page.goto('/compare');
  await expect(
    page.getByRole('figure', { name: 'Maximum clip length' }).locator('svg .spec-bar').first(),
  ).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('group', { name: 'Bar charts' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export' }).first()).toBeHidden();
  const widths = await page
    .locator('.chart-frame')
    .evaluateAll((frames) => frames.map((f) => f.getBoundingClientRect().width));
  // 186 mm (A4 less 12 mm margins) at 96 px per inch, and never wider.
  for (const w of widths) expect(w).toBeLessThanOrEqual(Math.ceil((186 / 25.4) * 96));
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(20_000);
});
