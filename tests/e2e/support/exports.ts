/** Helpers of the export tests: start an export from a frame's menu, read and decode what it saved. */
import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export const figure = (page: Page, name: string) => page.getByRole('figure', { name });

/** The chart frames of /compare, in page order. */
export const COMPARE_CHARTS = [
  'Maximum clip length',
  'Maximum output resolution',
  'Capability matrix',
  'API price per second of video',
  'Clip length versus price',
  'What a clip costs',
  'Release chronology',
];

/** Opens the frame's Export menu and clicks an item; returns the download it starts. */
export async function exportAs(frame: Locator, item: string): Promise<Download> {
  await frame.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    frame.page().waitForEvent('download'),
    frame.page().getByRole('menuitem', { name: item, exact: true }).click(),
  ]);
  await expect(frame.getByRole('status')).toHaveText(`Saved ${download.suggestedFilename()}`);
  return download;
}

export const bytesOf = async (download: Download) => readFile((await download.path())!);

/** Width and height from the PNG's IHDR chunk (the first chunk, right after the 8-byte signature). */
export function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Decodes a PNG in the page: its size, how many colours it has, and its top-left pixel. */
export function decodeInPage(page: Page, png: Buffer) {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const colours = new Set<number>();
    let transparent = 0;
    for (let i = 0; i < data.length; i += 4) {
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      if (data[i + 3]! < 255) transparent++;
    }
    return {
      width: bitmap.width,
      height: bitmap.height,
      colours: colours.size,
      transparent,
      corner: [...data.slice(0, 4)],
    };
  }, png.toString('base64'));
}

/** WCAG contrast ratio of two colours given as rgb(), rgba() or #rrggbb. */
export function contrast(a: string, b: string): number {
  const channels = (c: string) =>
    c.startsWith('#')
      ? [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16))
      : (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const luminance = (c: string) => {
    const [r = 0, g = 0, b = 0] = channels(c).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** A frame's table view as rows of cell text, header first, as on screen; the chart view is shown again after. */
export async function tableRows(frame: Locator): Promise<string[][]> {
  await frame.getByRole('button', { name: 'Table' }).click();
  const rows = await frame
    .getByRole('table')
    .getByRole('row')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')));
  await frame.getByRole('button', { name: 'Chart' }).click();
  return rows;
}
