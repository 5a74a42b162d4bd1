import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEFAULT_CLIP_BARS } from './support/dataset';

const figure = (page: Page, name: string) => page.getByRole('figure', { name });

/** The first column (row headers) of a chart's table view. */
async function tableVersions(chart: Locator): Promise<string[]> {
  await chart.getByRole('button', { name: 'Table' }).click();
  const names = await chart.getByRole('table').locator('tbody th').allTextContents();
  await chart.getByRole('button', { name: 'Chart' }).click();
  return names;
}

test('choosing two systems changes the charts and their tables; a reload keeps the choice', async ({ page }) => {
  await page.goto('/compare');
  const clip = figure(page, 'Maximum clip length');
  await expect(clip.locator('svg .spec-bar')).toHaveCount(DEFAULT_CLIP_BARS);

  const systems = page.getByRole('group', { name: 'Systems' });
  for (const name of ['Midjourney', 'Movie Gen', 'Imagine with Meta AI'])
    await systems.getByRole('checkbox', { name }).uncheck();
  await expect(page).toHaveURL(/\/compare\?systems=sora,veo$/);

  await expect(clip.locator('svg .spec-bar')).toHaveCount(2);
  await expect(clip.locator('svg')).toContainText('Sora 2');
  await expect(clip.locator('svg')).not.toContainText('Movie Gen');
  expect(await tableVersions(clip)).toEqual(['Sora 2', 'Veo: Gemini Omni 1.2 Flash']);
  expect(await tableVersions(figure(page, 'Capability matrix'))).toEqual([
    'Sora 2 (retired)',
    'Veo: Gemini Omni 1.2 Flash',
  ]);

  // Add a version, then reload: the same view comes back from the URL.
  await page
    .getByRole('group', { name: 'Veo versions' })
    .getByRole('checkbox', { name: 'Veo 3.1', exact: true })
    .check();
  await expect(page).toHaveURL(/versions=veo-3-1,gemini-omni-1-2-flash/);
  await page.reload();
  await expect(systems.getByRole('checkbox', { name: 'Midjourney' })).not.toBeChecked();
  await expect(systems.getByRole('checkbox', { name: 'Sora' })).toBeChecked();
  expect(await tableVersions(figure(page, 'Maximum output resolution'))).toEqual([
    'Sora 2',
    'Veo 3.1',
    'Veo: Gemini Omni 1.2 Flash',
  ]);
});

test.describe('"as of"', () => {
  test.use({ locale: 'en-US' });

  test('a day typed digit by digit reaches the URL only once it is whole; later versions leave the view', async ({
    page,
  }) => {
    await page.goto('/compare?systems=sora,veo');
    const veo = page.getByRole('group', { name: 'Veo versions' });
    await expect(veo.getByRole('checkbox', { name: 'Veo 3', exact: true })).toBeVisible();

    const field = page.getByLabel('As of');
    await field.click();
    await page.keyboard.press('Home'); // the month segment (mm/dd/yyyy in en-US)
    for (const key of '06012025') {
      await page.keyboard.type(key);
      expect(page.url(), `after typing ${key}`).not.toMatch(/asOf=0/);
    }
    await expect(page).toHaveURL(/asOf=2025-06-01/);
    await expect(field).toHaveValue('2025-06-01');
    await expect(veo.getByRole('checkbox', { name: 'Veo 3.1', exact: true })).toHaveCount(0);
    await expect(veo.getByRole('checkbox', { name: 'Veo 3', exact: true })).toBeChecked();

    const chronology = figure(page, 'Release chronology');
    await expect(chronology.locator('svg')).toContainText('as of 1 Jun 2025');
    await expect(chronology.locator('svg')).not.toContainText('Sora 2');
    expect(await tableVersions(chronology)).toEqual([
      'Sora (research preview)',
      'Sora (Turbo)',
      'Sora (Turbo), Pro plan',
      'Veo',
      'Veo 2',
      'Veo 3',
    ]);
    await expect(figure(page, 'Maximum clip length').locator('.chart-frame__subtitle')).toContainText(
      'as of 1 Jun 2025',
    );

    await page.reload();
    await expect(field).toHaveValue('2025-06-01');
    await page.getByRole('button', { name: 'Show today' }).click();
    await expect(veo.getByRole('checkbox', { name: 'Veo 3.1', exact: true })).toBeVisible();
  });
});

test('a retired version is drawn and labelled retired, with its date, and its system says it was shut down', async ({
  page,
}) => {
  await page.goto('/compare?systems=sora');
  const clip = figure(page, 'Maximum clip length');
  await expect(clip.locator('svg')).toContainText('Sora 2 (retired)');
  await expect(clip).toContainText('Sora 2 was retired on 24 Sep 2026; its figures are its last.');
  const chronology = figure(page, 'Release chronology');
  await expect(chronology.locator('svg')).toContainText('retired');
  await page.goto('/');
  const card = page.getByRole('article', { name: 'Sora' });
  await expect(card).toContainText('Shut down: every version was retired by 24 Sep 2026.');
  await expect(card).toContainText('retired 24 Sep 2026');
});

test('a system page shows how a value changed, with the day and a mark on the company’s own source', async ({
  page,
}) => {
  await page.goto('/systems/veo');
  const veo3 = page.getByRole('region', { name: 'Veo 3 retired' });
  const history = veo3.getByRole('list', { name: 'Max resolution, history' });
  await expect(history.getByRole('listitem')).toHaveText([/^720p since release/, /^→ 1080p from 9 Sep 2025/]);
  await expect(history.getByRole('link', { name: /the company’s own page$/ }).first()).toBeVisible();
  await expect(veo3.getByRole('row', { name: /Retired/ })).toContainText('30 Jun 2026, replaced by Veo 3.1');
});

test('a link with unknown ids shows a notice instead of failing', async ({ page }) => {
  await page.goto('/compare?systems=sora,does-not-exist&asOf=tomorrow');
  const notice = page.getByRole('status', { name: 'About this link' });
  await expect(notice).toContainText('No system with the id “does-not-exist”');
  await expect(notice).toContainText('Could not read “asOf=tomorrow”');
  await expect(figure(page, 'Maximum clip length').locator('svg .spec-bar')).toHaveCount(1);
  await notice.getByRole('button', { name: 'Remove them from the link' }).click();
  await expect(page).toHaveURL(/\/compare\?systems=sora$/);
  await expect(notice).toHaveCount(0);
});

test('charts follow the theme: axis text reads the CSS variables, company colours stay', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/compare?systems=sora');
  const clip = figure(page, 'Maximum clip length');
  const tick = clip.locator('.recharts-cartesian-axis-tick-value').first();
  const bar = clip.locator('svg .spec-bar rect').first();
  const light = { tick: await tick.evaluate((e) => getComputedStyle(e).fill), bar: await bar.getAttribute('fill') };
  await page.getByRole('button', { name: /^Theme:/ }).click(); // system → light
  await page.getByRole('button', { name: /^Theme:/ }).click(); // light → dark
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => tick.evaluate((e) => getComputedStyle(e).fill)).not.toBe(light.tick);
  expect(await bar.getAttribute('fill')).toBe(light.bar);
  expect(light.bar).toBe('#009e73'); // OpenAI's colour from the dataset
});
