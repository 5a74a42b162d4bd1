import { expect, test } from '@playwright/test';
import { HOSTILE } from '../../src/mocks/variants/hostile';
import { SYSTEM_COUNT } from './support/dataset';

test('a hostile dataset is shown as text: no dialog opens, no injected script or handler runs', async ({ page }) => {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto('/?dataset=hostile');
  await expect(page.getByRole('complementary', { name: 'Demo mode' })).toContainText('synthetic');
  await expect(page.getByRole('article')).toHaveCount(SYSTEM_COUNT);
  await expect(page.getByText(HOSTILE.emoji).first()).toBeVisible();

  await page.goto('/systems/midjourney');
  await expect(page.getByText(HOSTILE.script, { exact: false }).first()).toBeVisible();

  await page.goto('/timeline?q=pwned');
  await expect(page.getByText(HOSTILE.script, { exact: false }).first()).toBeVisible();

  await page.goto('/sources');
  await expect(page.getByText(HOSTILE.rtl, { exact: false }).first()).toBeVisible();

  await page.goto('/compare');
  await expect(page.getByRole('figure', { name: 'Release chronology' }).locator('svg').first()).toBeVisible();

  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], script:not([src]), svg[onload]').count()).toBe(0);
  expect(errors).toEqual([]);
});
