import { expect, test } from '@playwright/test';
import { SYSTEM_COUNT } from './support/dataset';

const FIVE = ['Midjourney', 'Movie Gen', 'Imagine with Meta AI', 'Sora', 'Veo'];

test('the Overview shows the five systems from the embedded mock API', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('article')).toHaveCount(SYSTEM_COUNT);
  for (const name of FIVE) await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Sora' })).toContainText('OpenAI');
});

test('navigation reaches every screen', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Compare' })).toBeVisible();
  await nav.getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await expect(page.getByText(/\d+ events/).first()).toBeVisible();
  await nav.getByRole('link', { name: 'Sources' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Movie Gen: A Cast of Media Foundation Models/ }).first()).toBeVisible();
  await nav.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('article')).toHaveCount(SYSTEM_COUNT);
});

test('a deep link to a system page survives a reload', async ({ page }) => {
  await page.goto('/systems/sora');
  await expect(page.getByRole('heading', { level: 1, name: 'Sora' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sora' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Sora 2 retired/ })).toBeVisible();
});

test('an unknown system says so instead of a blank page', async ({ page }) => {
  await page.goto('/systems/does-not-exist');
  await expect(page.getByRole('heading', { level: 1, name: 'No such system' })).toBeVisible();
});

test('the API answers 400 naming a bad parameter', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('article')).toHaveCount(SYSTEM_COUNT);
  // The cards come with the page; the mock API starts at the reader's first key or pointer press.
  await page.keyboard.press('Shift');
  await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller));
  const answer = await page.evaluate(async () => {
    const res = await fetch('/api/v1/events?from=2025-13-40');
    return { status: res.status, body: (await res.json()) as { error: { code: string; message: string } } };
  });
  expect(answer.status).toBe(400);
  expect(answer.body.error.code).toBe('invalid_parameter');
  expect(answer.body.error.message).toMatch(/^from: /);
});
