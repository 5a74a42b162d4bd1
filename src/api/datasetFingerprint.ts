/**
 * A short fingerprint of a dataset's content (two FNV-1a hashes over its JSON, 64 bits in hex). The prerendered
 * pages of a build carry the one of the dataset they were made from (<meta name="genscope-dataset">); the HTTP
 * server sends them only when it serves that same dataset, and its plain shell otherwise (src/server).
 */
import type { Dataset } from '../data/schema';

function fnv1a(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function datasetFingerprint(dataset: Dataset): string {
  const json = JSON.stringify(dataset);
  return fnv1a(json, 0x811c9dc5) + fnv1a(json, 0x050c5d1f);
}

/** The <meta> a prerendered page carries, and how to read it back. */
export const FINGERPRINT_META = (fingerprint: string) => `<meta name="genscope-dataset" content="${fingerprint}" />`;
export const fingerprintIn = (html: string) => /<meta name="genscope-dataset" content="([0-9a-f]+)"/.exec(html)?.[1];
