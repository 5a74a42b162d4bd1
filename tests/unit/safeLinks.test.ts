import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/ui/ExternalLink';

describe('safeHref', () => {
  it.each([
    ['https://techcrunch.com/a?b=1', 'https://techcrunch.com/a?b=1'],
    ['http://example.org', 'http://example.org/'],
  ])('keeps http(s) link %s', (url, expected) => expect(safeHref(url)).toBe(expected));

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'file:///etc/passwd',
    '//evil.example',
    'not a url',
    '',
    null,
    undefined,
  ])('turns %s into plain text', (url) => expect(safeHref(url)).toBeNull());
});
