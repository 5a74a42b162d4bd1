/**
 * Golden files for exported charts: a PNG compared pixel by pixel within a tolerance, and an SVG compared as a
 * normalised outline (element names, drawing attributes rounded to whole pixels, text), never byte by byte.
 * UPDATE_GOLDENS=1 writes the files instead of comparing.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Page, type TestInfo } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export const GOLDEN_DIR = path.join(import.meta.dirname, '..', 'golden');
export const UPDATE = process.env.UPDATE_GOLDENS === '1';
/** At most this share of pixels may differ (anti-aliasing, sub-pixel text placement). */
export const PNG_TOLERANCE = 0.005;

/** Compares a PNG with its golden (or writes it); on a mismatch the diff image is attached to the test. */
export async function expectPngGolden(name: string, actual: Buffer, info: TestInfo): Promise<void> {
  const file = path.join(GOLDEN_DIR, name);
  if (UPDATE || !existsSync(file)) {
    await mkdir(GOLDEN_DIR, { recursive: true });
    await writeFile(file, actual);
    if (!UPDATE) throw new Error(`${name}: no golden yet; written now, run again to compare`);
    return;
  }
  const want = PNG.sync.read(await readFile(file));
  const got = PNG.sync.read(actual);
  if (want.width !== got.width || want.height !== got.height) {
    await info.attach(`${name} (actual)`, { body: actual, contentType: 'image/png' });
    expect(`${got.width}×${got.height}`, `${name}: image size`).toBe(`${want.width}×${want.height}`);
  }
  const diff = new PNG({ width: want.width, height: want.height });
  const differing = pixelmatch(want.data, got.data, diff.data, want.width, want.height, { threshold: 0.1 });
  const share = differing / (want.width * want.height);
  if (share >= PNG_TOLERANCE) {
    await info.attach(`${name} (actual)`, { body: actual, contentType: 'image/png' });
    await info.attach(`${name} (diff)`, { body: PNG.sync.write(diff), contentType: 'image/png' });
  }
  expect(share, `${name}: share of pixels that differ (${differing})`).toBeLessThan(PNG_TOLERANCE);
}

/** Compares an SVG's outline with its golden (or writes it). */
export async function expectSvgGolden(page: Page, name: string, svg: string): Promise<void> {
  const outline = await svgOutline(page, svg);
  const file = path.join(GOLDEN_DIR, name);
  if (UPDATE || !existsSync(file)) {
    await mkdir(GOLDEN_DIR, { recursive: true });
    await writeFile(file, outline);
    if (!UPDATE) throw new Error(`${name}: no golden yet; written now, run again to compare`);
    return;
  }
  expect(outline, `${name}: SVG outline`).toBe(await readFile(file, 'utf8'));
}

/**
 * One line per drawn element: its name, its drawing attributes (numbers rounded, pattern ids dropped) and its
 * own text. Groups without attributes of their own are left out, so regrouping does not count; ids, classes and
 * font families do not count either. Nesting counts only where an <svg> sits in another.
 */
export function svgOutline(page: Page, svg: string): Promise<string> {
  return page.evaluate((markup) => {
    const KEEP = 'x y width height viewBox cx cy r rx x1 y1 x2 y2 d points transform fill stroke stroke-width'.split(
      ' ',
    );
    KEEP.push('stroke-dasharray', 'fill-opacity', 'opacity', 'font-size', 'font-weight', 'text-anchor');
    KEEP.push('dominant-baseline', 'visibility', 'paint-order');
    const round = (v: string) =>
      v.replace(/url\(["']?#[^)]*\)/g, 'url(#)').replace(/-?\d*\.?\d+(e-?\d+)?/g, (n) => String(Math.round(+n)));
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const lines: string[] = [];
    const visit = (el: Element, depth: number) => {
      const attrs = KEEP.filter((a) => el.hasAttribute(a)).map((a) => `${a}=${round(el.getAttribute(a)!)}`);
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      const inner = el.tagName === 'svg' ? depth + 1 : depth;
      if (el.tagName !== 'g' || attrs.length)
        lines.push(`${'  '.repeat(Math.max(depth, 0))}${el.tagName} ${attrs.join(' ')}${own ? ` “${own}”` : ''}`);
      for (const child of el.children) visit(child, inner);
    };
    visit(doc.documentElement, 0);
    return lines.join('\n') + '\n';
  }, svg);
}
