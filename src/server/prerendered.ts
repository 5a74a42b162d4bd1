/**
 * A build prerenders some pages from the dataset it bundles (build/prerender.ts) and marks each with that
 * dataset's fingerprint. This server may serve another dataset (GENSCOPE_DATA_DIR): a prerendered page made from
 * other data would show figures the API does not give, so it is sent as the plain shell instead, and the app
 * draws the page from the API as usual.
 */
import { datasetFingerprint, fingerprintIn } from '../api/datasetFingerprint';
import type { Dataset } from '../data/schema';
import { etagOf, fallbackOf, type StaticFile, type StaticFiles } from './staticFiles';

export function withCurrentPages(files: StaticFiles, dataset: Dataset): StaticFiles {
  const marked = [...files].filter(([path, f]) => path.endsWith('.html') && fingerprintIn(f.body.toString('utf8')));
  if (!marked.length) return files;
  const current = datasetFingerprint(dataset);
  const shell = files.get(fallbackOf(files))!;
  const out = new Map<string, StaticFile>(files);
  for (const [path, file] of marked)
    if (fingerprintIn(file.body.toString('utf8')) !== current) out.set(path, { ...shell, etag: etagOf(shell.body) });
  return out;
}
