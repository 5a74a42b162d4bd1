import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { prerenderRoute } from '../../src/app/prerender';
import { queryKeys } from '../../src/data/queries';
import { realDataset } from '../../src/mocks/dataset';
import { renderApp } from '../support/renderApp';

/**
 * The element's markup without React's text-separator comments, with style attributes written one way (the
 * DOM rewrites "--accent:#cc79a7" as "--accent: #cc79a7;").
 */
function markup(element: Element | null): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.parentNode?.removeChild(c));
  copy.normalize();
  for (const styled of copy.querySelectorAll('[style]'))
    styled.setAttribute('style', styled.getAttribute('style')!.replace(/\s+/g, '').replace(/;$/, ''));
  return copy.outerHTML;
}

const prerendered = async (path: string, answered: string[]) =>
  new DOMParser().parseFromString((await prerenderRoute(path, realDataset(), { answered })).html, 'text/html');

describe('the prerendered pages say what the app says', { timeout: 30_000 }, () => {
  it('the Overview’s cards, built at build time from the dataset, are the app’s cards, figure for figure', async () => {
    const page = await prerendered('/', ['/meta', '/systems', '/companies']);
    expect(page.querySelectorAll('.cards .card')).toHaveLength(5);
    expect(page.querySelector('script')).toBeNull();

    renderApp('/');
    expect(await screen.findAllByRole('article')).toHaveLength(5);
    expect(markup(page.querySelector('.cards'))).toBe(markup(document.querySelector('.cards')));
    expect(markup(page.querySelector('h1'))).toBe(markup(document.querySelector('h1')));
    expect(markup(page.querySelector('.lede'))).toBe(markup(document.querySelector('.lede')));
    expect(await screen.findByText(/^Genscope dataset/)).toBeInTheDocument();
    expect(markup(page.querySelector('footer.shell__footer'))).toBe(
      markup(document.querySelector('footer.shell__footer')),
    );
  });

  it('the data a page carries is what the app’s client makes of the API’s answers', async () => {
    const lists = ['/meta', '/systems', '/companies'];
    const { data } = await prerenderRoute('/compare', realDataset(), { answered: ['/meta'], embedded: lists });
    const { queryClient } = renderApp('/compare');
    await screen.findByRole('group', { name: 'Systems' });
    expect(data.queries.map((q) => q.key)).toEqual(
      expect.arrayContaining([queryKeys.meta(), queryKeys.systems(), queryKeys.companies()]),
    );
    for (const { key, data: carried } of data.queries) expect(carried).toEqual(queryClient.getQueryData(key));
  });

  it.each(['/compare', '/timeline'])('%s: its heading and introduction, then loading states', async (path) => {
    const page = await prerendered(path, ['/meta']);
    renderApp(path);
    const h1 = await screen.findByRole('heading', { level: 1 });
    expect(page.querySelector('h1')?.textContent).toBe(h1.textContent);
    expect(markup(page.querySelector('.lede'))).toBe(markup(document.querySelector('.lede')));
    expect(page.querySelectorAll('.state--loading').length).toBeGreaterThan(0);
    expect(page.querySelector('.state--error, script')).toBeNull();
  });
});
