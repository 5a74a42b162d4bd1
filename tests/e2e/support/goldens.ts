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
/**
 * At most this share of pixels may differ (anti-aliasing, sub-pixel text placement). Two runs here differ by
 * none; a title drawn in the wrong colour changes about 0.3 %, so 0.5 % would let that through.
 */
export const PNG_TOLERANCE = 0.001;

/** The share of pixels that differ, or null when the sizes differ; the diff image beside it. */
export function pngDifference(
  wantBytes: Buffer,
  gotBytes: Buffer,
): { share: number | null; diff: PNG; sizes: string[] } {
  const want = PNG.sync.read(wantBytes);
  const got = PNG.sync.read(gotBytes);
  const diff = new PNG({ width: want.width, height: want.height });
  const sizes = [`${got.width}×${got.height}`, `${want.width}×${want.height}`];
  if (sizes[0] !== sizes[1]) return { share: null, diff, sizes };
  const differing = pixelmatch(want.data, got.data, diff.data, want.width, want.height, { threshold: 0.1 });
  return { share: differing / (want.width * want.height), diff, sizes };
}

/**
 * Compares a PNG with its golden; on a mismatch the actual and diff images are attached to the test. With
 * UPDATE_GOLDENS=1 it writes the PNG, unless the golden is still within the tolerance (no churn in git).
 */
export async function expectPngGolden(name: string, actual: Buffer, info: TestInfo): Promise<void> {
  const file = path.join(GOLDEN_DIR, name);
  const result = existsSync(file) ? pngDifference(await readFile(file), actual) : null;
  const matches = result?.share != null && result.share < PNG_TOLERANCE;
  if (UPDATE || !result) {
    if (!matches) await mkdir(GOLDEN_DIR, { recursive: true }).then(() => writeFile(file, actual));
    if (!UPDATE) throw new Error(`${name}: no golden yet; written now, run again to compare`);
    return;
  }
  if (!matches) {
    await info.attach(`${name} (actual)`, { body: actual, contentType: 'image/png' });
    if (result.share !== null)
      await info.attach(`${name} (diff)`, { body: PNG.sync.write(result.diff), contentType: 'image/png' });
  }
  expect.soft(result.sizes[0], `${name}: image size`).toBe(result.sizes[1]);
  if (result.share !== null)
    expect.soft(result.share, `${name}: share of pixels that differ`).toBeLessThan(PNG_TOLERANCE);
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
  expect.soft(outline, `${name}: SVG outline`).toBe(await readFile(file, 'utf8'));
}

/**
 * One line per drawn element: its name, its drawing attributes (numbers rounded, pattern ids dropped) and its
 * own text. Colours are written rgb(r, g, b), whether hex or not. Groups without attributes of their own are left
 * out, so regrouping does not count; ids, classes and font families do not count either. Nesting counts only
 * where an <svg> sits in another.
 */
export function svgOutline(page: Page, svg: string): Promise<string> {
  return page.evaluate((markup) => {
    const KEEP = 'x y width height viewBox cx cy r rx x1 y1 x2 y2 d points transform fill stroke stroke-width'.split(
      ' ',
    );
    KEEP.push('stroke-dasharray', 'fill-opacity', 'opacity', 'font-size', 'font-weight', 'text-anchor');
    KEEP.push('dominant-baseline', 'visibility', 'paint-order');
    const hex = (v: string) =>
      v.replace(/#([0-9a-f]{6}|[0-9a-f]{3})\b/gi, (_, h: string) => {
        const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
        const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
        return `rgb(${r}, ${g}, ${b})`;
      });
    const round = (v: string) =>
      v.replace(/url\(["']?#[^)]*\)/g, 'url(#)').replace(/-?\d*\.?\d+(e-?\d+)?/g, (n) => String(Math.round(+n)));
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const lines: string[] = [];
    const visit = (el: Element, depth: number) => {
      const attrs = KEEP.filter((a) => el.hasAttribute(a)).map((a) => `${a}=${round(hex(el.getAttribute(a)!))}`);
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
