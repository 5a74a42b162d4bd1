import { expect, test, type Locator, type Page } from '@playwright/test';

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
  await expect(clip.locator('svg .spec-bar')).toHaveCount(5);

  const systems = page.getByRole('group', { name: 'Systems' });
  for (const name of ['Midjourney', 'Movie Gen', 'Imagine with Meta AI'])
    await systems.getByRole('checkbox', { name }).uncheck();
  await expect(page).toHaveURL(/\/compare\?systems=sora,veo$/);

  await expect(clip.locator('svg .spec-bar')).toHaveCount(2);
  await expect(clip.locator('svg')).toContainText('Sora 2');
  await expect(clip.locator('svg')).not.toContainText('Movie Gen');
  expect(await tableVersions(clip)).toEqual(['Sora 2', 'Veo 3.1']);
  expect(await tableVersions(figure(page, 'Capability matrix'))).toEqual(['Sora 2', 'Veo 3.1']);

  // Add a version, then reload: the same view comes back from the URL.
  await page
    .getByRole('group', { name: 'Veo versions' })
    .getByRole('checkbox', { name: /^Veo 3 / })
    .check();
  await expect(page).toHaveURL(/versions=veo-3,veo-3-1/);
  await page.reload();
  await expect(systems.getByRole('checkbox', { name: 'Midjourney' })).not.toBeChecked();
  await expect(systems.getByRole('checkbox', { name: 'Sora' })).toBeChecked();
  expect(await tableVersions(figure(page, 'Maximum output resolution'))).toEqual(['Sora 2', 'Veo 3', 'Veo 3.1']);
});

test('"as of" hides versions released later, in the pickers and the chronology', async ({ page }) => {
  await page.goto('/compare?systems=sora,veo');
  const veo = page.getByRole('group', { name: 'Veo versions' });
  await expect(veo.getByRole('checkbox', { name: /^Veo 3 / })).toBeVisible();

  await page.getByLabel('As of').fill('2024-12-31');
  await expect(page).toHaveURL(/asOf=2024-12-31/);
  await expect(veo.getByRole('checkbox', { name: /^Veo 3 / })).toHaveCount(0);
  await expect(veo.getByRole('checkbox', { name: /^Veo 2 / })).toBeChecked();

  const chronology = figure(page, 'Release chronology');
  await expect(chronology.locator('svg')).toContainText('as of 31 Dec 2024');
  await expect(chronology.locator('svg')).not.toContainText('Sora 2');
  expect(await tableVersions(chronology)).toEqual(['Sora (preview)', 'Sora Turbo', 'Veo', 'Veo 2']);

  await page.reload();
  await expect(page.getByLabel('As of')).toHaveValue('2024-12-31');
  await page.getByRole('button', { name: 'Show today' }).click();
  await expect(veo.getByRole('checkbox', { name: /^Veo 3 / })).toBeVisible();
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
