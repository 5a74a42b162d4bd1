/**
 * Golden exports: every chart's PNG (1x) and SVG, in the light and the dark theme, compared with the files in
 * tests/e2e/golden (UPDATE_GOLDENS=1 rewrites them). What varies from run to run is frozen: the clock, the time
 * zone and locale, the viewport, the page's theme and the origin (the footer says http://genscope.localhost,
 * mapped to the preview server's port). Exports are started from the keyboard, so that no hover is in them.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
// @ts-expect-error plain ESM helper shared with the scripts, no type declarations
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { expectPngGolden, expectSvgGolden } from './support/goldens';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const ORIGIN = 'http://genscope.localhost';

test.use({
  baseURL: ORIGIN,
  viewport: { width: 1280, height: 900 },
  deviceScaleFactor: 1,
  locale: 'en-GB',
  timezoneId: 'UTC',
  launchOptions: {
    executablePath: (findChromium() as string | null) ?? undefined,
    args: [...(CHROMIUM_ARGS as string[]), `--host-resolver-rules=MAP genscope.localhost 127.0.0.1:${PORT}`],
  },
});

type Theme = 'light' | 'dark';
const PAGES = [
  { slug: 'overview', path: '/', charts: ['Maximum clip length', 'Maximum output resolution', 'Release chronology'] },
  {
    slug: 'compare',
    path: '/compare',
    charts: [
      'Maximum clip length',
      'Maximum output resolution',
      'Capability matrix',
      'API price per second of video',
      'Clip length versus price',
      'Release chronology',
    ],
  },
  { slug: 'system-veo', path: '/systems/veo', charts: ['Veo: events over time'] },
  { slug: 'timeline', path: '/timeline', charts: ['Events per month', 'Who moved when'] },
];
/** The other theme's image, from each page theme: the export theme choice. */
const CROSSED = [{ slug: 'compare', path: '/compare', charts: ['Maximum clip length', 'Capability matrix'] }];

const slugOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-$/, '');

async function openPage(page: Page, path: string, theme: Theme) {
  await page.clock.setFixedTime(new Date('2026-11-27T12:00:00Z'));
  await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
  await page.goto(path);
}

async function ready(frame: Locator) {
  await expect(frame.locator('[data-frame-footer]')).toContainText('dataset v');
  await expect(frame.locator('svg.recharts-surface, table').first()).toBeVisible();
  await frame.page().evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Chooses the image theme in the frame's export menu, from the keyboard. */
async function chooseImageTheme(frame: Locator, theme: Theme) {
  await frame.getByRole('button', { name: 'Export' }).focus();
  await frame.page().keyboard.press('Enter');
  await frame
    .page()
    .getByRole('menuitemradio', { name: theme === 'light' ? 'Light image' : 'Dark image' })
    .focus();
  await frame.page().keyboard.press('Enter');
  await frame.page().keyboard.press('Escape');
}

/** Exports from the keyboard: the menu's n-th item (0: PNG 1x, 3: SVG); returns the file's bytes. */
async function exportItem(frame: Locator, index: number): Promise<Buffer> {
  const page = frame.page();
  await frame.getByRole('button', { name: 'Export' }).focus();
  await page.keyboard.press('Enter');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  await expect(frame.getByRole('status')).toHaveText(`Saved ${download.suggestedFilename()}`);
  return readFile((await download.path())!);
}

async function checkFrame(frame: Locator, name: string) {
  const info = test.info();
  await ready(frame);
  await expectPngGolden(`${name}.png`, await exportItem(frame, 0), info);
  const svg = (await exportItem(frame, 3)).toString('utf8');
  await expectSvgGolden(frame.page(), `${name}.svg.txt`, svg);
}

for (const theme of ['light', 'dark'] as const) {
  for (const { slug, path, charts } of PAGES) {
    test(`${slug}: golden PNG and SVG of each chart, ${theme} theme`, async ({ page }) => {
      test.setTimeout(90_000);
      await openPage(page, path, theme);
      for (const title of charts) {
        await checkFrame(page.getByRole('figure', { name: title }), `${slug}--${slugOf(title)}--${theme}`);
      }
    });
  }
  for (const { slug, path, charts } of CROSSED) {
    const image: Theme = theme === 'light' ? 'dark' : 'light';
    test(`${slug}: golden ${image} images from the ${theme} theme`, async ({ page }) => {
      test.setTimeout(90_000);
      await openPage(page, path, theme);
      for (const title of charts) {
        const frame = page.getByRole('figure', { name: title });
        await ready(frame);
        await chooseImageTheme(frame, image);
        await checkFrame(frame, `${slug}--${slugOf(title)}--${theme}-page--${image}-image`);
      }
    });
  }
}
