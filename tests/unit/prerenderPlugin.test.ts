// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { injectPage } from '../../build/prerender';

const template = readFileSync('index.html', 'utf8');
const META = '<meta name="genscope-dataset" content="0123abcd" />';

describe('injecting a prerendered page into index.html', () => {
  it('replaces the plain shell, marks the page and its dataset, and keeps the rest', () => {
    const page = injectPage(template, '/', '<div class="shell">CARDS $& $1</div>', META);
    expect(page).toContain('<div id="root">');
    expect(page).toContain('<div data-prerendered="/"><div class="shell">CARDS $& $1</div></div>');
    expect(page).not.toContain('<!--app-html-->');
    expect(page).not.toContain('role="status">Loading…');
    expect(page).toContain(`${META}\n  </head>`);
    expect(page).toContain('<script type="module" src="/src/main.tsx"></script>');
  });

  it('refuses a page with a script (the CSP forbids inline scripts) or a template without the block', () => {
    expect(() => injectPage(template, '/', '<script>x()</script>', META)).toThrow(/contains a script/);
    expect(() => injectPage('<html></html>', '/', '<p>x</p>', META)).toThrow(/no <!--app-html-->/);
  });
});
