// @vitest-environment node
/**
 * The OpenAPI document is the contract of record: it must be served as built, its committed copy must be
 * current, and it must describe what the code does (every path exercised, every parameter parsed, every error
 * code listed, every reference resolvable).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES } from '../../src/api/apiResponse';
import { openApiDocument } from '../../src/api/openapi';
import { GOOD, eventPaths } from './support/requests';
import { mockTarget } from './support/targets';

type Doc = {
  openapi: string;
  info: { description: string };
  paths: Record<string, { get: { parameters: { name: string }[]; responses: Record<string, unknown> } }>;
};
const doc = openApiDocument() as unknown as Doc;

function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refs(n, out));
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref') out.push(String(v));
      else refs(v, out);
    }
  return out;
}

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 and its committed copy (public/openapi.json) is current: run npm run gen:openapi if not', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(readFileSync('public/openapi.json', 'utf8')).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });

  it('is what the mock serves at /api/v1/openapi.json', async () => {
    expect((await mockTarget.get('/api/v1/openapi.json')).json()).toEqual(doc);
  });

  it('resolves every $ref inside itself', () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(10);
    for (const ref of all) {
      const target = ref
        .slice(2)
        .split('/')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
      expect(target, ref).toBeDefined();
    }
  });

  it('documents every path the contract suite requests, and the suite requests every documented path', () => {
    const templates = Object.keys(doc.paths).map((p) => new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`));
    const requested = [...GOOD, ...eventPaths(['2025-08-22-meta-licenses-midjourney'])].map((r) => r.split('?')[0]!);
    for (const path of requested)
      expect(
        templates.some((t) => t.test(path)),
        path,
      ).toBe(true);
    for (const t of templates)
      expect(
        requested.some((p) => t.test(p)),
        String(t),
      ).toBe(true);
  });

  it('lists the parameters that /events and /events/facets parse, and every error code', () => {
    const names = ['company', 'system', 'type', 'from', 'to', 'q', 'order', 'limit', 'cursor', 'at'];
    for (const path of ['/api/v1/events', '/api/v1/events/facets'])
      expect(doc.paths[path]!.get.parameters.map((p) => p.name).sort()).toEqual([...names].sort());
    for (const code of API_ERROR_CODES) expect(doc.info.description).toContain(`\`${code}\``);
    expect(Object.keys(doc.paths['/api/v1/events']!.get.responses)).toEqual(
      expect.arrayContaining(['200', '400', '405', '414']),
    );
  });

  it('explains the facets: lead company, outside, lanes and span', () => {
    const text = JSON.stringify(doc.paths['/api/v1/events/facets']);
    for (const word of ['lead company', 'outside', 'lanes', 'span', 'counts']) expect(text).toContain(word);
  });
});
