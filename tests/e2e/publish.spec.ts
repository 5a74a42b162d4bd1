import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';

/** A zipped text file, without the BOM its CSVs start with (TextDecoder may already have dropped it). */
const textOf = (bytes: Uint8Array) => strFromU8(bytes).replace(/^\uFEFF/, '');

/** The data API as the page sees it (the embedded mock answers inside the page, not on the server). */
const get = <T>(page: Page, path: string): Promise<T> =>
  page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;

test('“Download the dataset” gives a zip of every table, whose CSVs parse back to the API’s records', async ({
  page,
}) => {
  await page.goto('/sources');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the dataset (zip)' }).click(),
  ]);
  const meta = await get<{ data: { version: string; updatedAt: string } }>(page, '/api/v1/meta');
  expect(download.suggestedFilename()).toBe(`genscope-dataset-v${meta.data.version}-${meta.data.updatedAt}.zip`);
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining([
      'csv/events.csv',
      'csv/spec_values.csv',
      'json/systems.json',
      'data-dictionary.md',
      'LICENSE.txt',
      'CITATION.txt',
    ]),
  );
  await expect(page.getByRole('status').filter({ hasText: 'Saved genscope-dataset' })).toBeVisible();

  // The API's records, page by page, against the CSV rows.
  const events: { id: string; title: string; sourceIds: string[] }[] = [];
  let cursor: string | null = null;
  do {
    const url: string = `/api/v1/events?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const body = await get<{ data: typeof events; nextCursor: string | null }>(page, url);
    events.push(...body.data);
    cursor = body.nextCursor;
  } while (cursor);
  const csv = textOf(files['csv/events.csv']!);
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  expect(rows.map((r) => [r.id, r.title, r.source_ids?.split('; ')])).toEqual(
    events.map((e) => [e.id, e.title, e.sourceIds]),
  );
  const sources = await get<{ data: { id: string; kind: string }[] }>(page, '/api/v1/sources');
  const sourceRows = Papa.parse<Record<string, string>>(textOf(files['csv/sources.csv']!), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(sourceRows.map((r) => [r.id, r.kind])).toEqual(sources.data.map((s) => [s.id, s.kind]));
  expect(JSON.parse(strFromU8(files['json/events.json']!))).toHaveLength(events.length);
});
