/**
 * Prerenders the first screen of /, /compare and /timeline into the build's HTML (src/app/prerender.tsx renders
 * the app itself, with the dataset the build bundles), so a first visit paints real content before any script
 * runs: the Overview's cards with their figures, and the heading and introduction of the other two with their
 * loading states. React replaces it on its first render (src/main.tsx). No inline script is added (the CSP).
 *
 *   index.html     /           the Overview, drawn with /meta, /systems, /companies; carries those answers
 *   compare.html   /compare    heading, introduction, loading state; carries /meta, /systems, /companies
 *   timeline.html  /timeline   heading, introduction, loading states; carries the lists, the first page of
 *                              events and the facets of the unfiltered timeline
 *   embed/<id>.html  /embed/<id>  one per embeddable chart (src/features/compare/embedCharts.ts): its loading state;
 *                              carries /meta, /systems, /companies, /sources, all any view of the chart draws from
 *                              (the view's state, in the query string, only picks from them), so an embed in
 *                              another site's frame, where the browser refuses the mock API its service worker and
 *                              storage, draws without it
 *   shell.html     any other   the plain shell: the fallback for deep links (vite preview, the server)
 *
 * A page that carries its first screen's answers (a JSON data block, not a script: firstRender.ts) lets the
 * app draw that screen without waiting for the mock API, which then loads after the first render.
 * Each prerendered page carries the fingerprint of its dataset; the server sends it only with that dataset. A
 * build that talks to another API (VITE_API_BASE_URL) prerenders nothing: its data may not be the bundled one.
 */
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;
import type * as Fingerprint from '../src/api/datasetFingerprint';
import type * as DatasetModule from '../src/mocks/dataset';
import type * as EmbedChartsModule from '../src/features/compare/embedCharts';
import { withAppModules } from './appModule.ts';

export const SHELL_FILE = 'shell.html';

/** src/app/prerender.tsx and firstRender.ts (browser code: their types are checked in the app's project). */
interface PrerenderModule {
  prerenderRoute(
    path: string,
    dataset: unknown,
    options: { answered: readonly string[]; embedded: readonly string[] },
  ): Promise<{ html: string; data: unknown }>;
}
interface FirstRenderModule {
  FIRST_DATA_ID: string;
  firstDataJson(data: unknown): string;
}

const LISTS = ['/meta', '/systems', '/companies'];

interface PageSpec {
  path: string;
  file: string;
  module: string;
  answered: readonly string[];
  embedded: readonly string[];
}

export const PRERENDERED: readonly PageSpec[] = [
  // The sources come too: every chart names its sources, and on a wide screen the charts draw at once, which
  // would otherwise ask the API (and start the mock API, 80 kB of script) during the first load.
  {
    path: '/',
    file: 'index.html',
    module: 'overview/OverviewPage.tsx',
    answered: LISTS,
    embedded: [...LISTS, '/sources'],
  },
  {
    path: '/compare',
    file: 'compare.html',
    module: 'compare/ComparePage.tsx',
    answered: ['/meta'],
    embedded: [...LISTS, '/sources'],
  },
  {
    path: '/timeline',
    file: 'timeline.html',
    module: 'timeline/TimelinePage.tsx',
    answered: ['/meta'],
    // The sources too: the list names each event's sources, so without them it asked the API at once.
    embedded: [...LISTS, '/sources', '/events', '/events/facets'],
  },
];

/** An embedded chart's page: its loading state (the view it draws is in the query string) and all its data. */
export const embedPage = (id: string): PageSpec => ({
  path: `/embed/${id}`,
  file: `embed/${id}.html`,
  module: 'compare/EmbedPage.tsx',
  answered: ['/meta'],
  embedded: [...LISTS, '/sources'],
});

/**
 * The stylesheets of a route's lazy chunk and of the chunks it imports statically: a prerendered page links them,
 * or its content would be drawn without its feature's styles and move when the app loads them.
 */
export function routeCss(bundle: OutputBundle, module: string): string[] {
  const isChunk = (c: OutputBundle[string] | undefined): c is OutputChunk => c?.type === 'chunk';
  const route = Object.values(bundle).find((c) => isChunk(c) && c.facadeModuleId?.endsWith(`/features/${module}`));
  if (!isChunk(route)) throw new Error(`no chunk in the build for src/features/${module}`);
  const css = new Set<string>();
  const seen = new Set<string>();
  const walk = (chunk: OutputChunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    chunk.viteMetadata?.importedCss.forEach((file: string) => css.add(file));
    for (const file of chunk.imports) {
      const next = bundle[file];
      if (isChunk(next)) walk(next);
    }
  };
  walk(route);
  return [...css];
}

const APP_HTML = /<!--app-html-->[\s\S]*<!--\/app-html-->/;

/**
 * The template with `html` in place of its shell, marked as prerendered for `path`, with the dataset's `meta`
 * and, if given, a data block (`dataBlock`: a `<script type="application/json">`, which does not run).
 */
export function injectPage(template: string, path: string, html: string, meta: string, dataBlock = ''): string {
  if (!APP_HTML.test(template)) throw new Error('index.html has no <!--app-html--> … <!--/app-html--> block');
  if (/<script/i.test(html)) throw new Error(`the prerendered ${path} contains a script, which the CSP forbids`);
  const page = `<div data-prerendered="${path}">${html}</div>`;
  return template
    .replace(APP_HTML, () => page)
    .replace('</head>', () => `  ${meta}\n  </head>`)
    .replace('</body>', () => (dataBlock ? `  ${dataBlock}\n  </body>` : '</body>'));
}

interface RenderedPage extends PageSpec {
  html: string;
  dataBlock: string;
}

async function renderPages(): Promise<{ meta: string; pages: RenderedPage[] }> {
  return withAppModules(async (load) => {
    const { prerenderRoute } = await load<PrerenderModule>('src/app/prerender.tsx');
    const { FIRST_DATA_ID, firstDataJson } = await load<FirstRenderModule>('src/app/firstRender.ts');
    const { realDataset } = await load<typeof DatasetModule>('src/mocks/dataset.ts');
    const { datasetFingerprint, FINGERPRINT_META } = await load<typeof Fingerprint>('src/api/datasetFingerprint.ts');
    const { EMBED_CHARTS } = await load<typeof EmbedChartsModule>('src/features/compare/embedCharts.ts');
    const dataset = realDataset();
    const pages: RenderedPage[] = [];
    for (const spec of [...PRERENDERED, ...EMBED_CHARTS.map(embedPage)]) {
      const { html, data } = await prerenderRoute(spec.path, dataset, spec);
      const json = spec.embedded.length ? firstDataJson(data) : '';
      const dataBlock = json && `<script type="application/json" id="${FIRST_DATA_ID}">${json}</script>`;
      pages.push({ ...spec, html, dataBlock });
    }
    return { meta: FINGERPRINT_META(datasetFingerprint(dataset)), pages };
  });
}

export function prerender(): Plugin {
  let enabled = true;
  let base = '/';
  return {
    name: 'genscope-prerender',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      enabled = !config.env.VITE_API_BASE_URL && !config.build.ssr;
      base = config.base;
    },
    async generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!enabled || index?.type !== 'asset') return;
      const template = String(index.source);
      this.emitFile({ type: 'asset', fileName: SHELL_FILE, source: template });
      const { meta, pages } = await renderPages();
      for (const { path, file, module, html, dataBlock } of pages) {
        const links = routeCss(bundle, module)
          .filter((f) => !template.includes(f))
          .map((f) => `<link rel="stylesheet" crossorigin href="${base}${f}">`);
        const source = injectPage(template, path, html, [meta, ...links].join('\n    '), dataBlock);
        if (file === 'index.html') index.source = source;
        else this.emitFile({ type: 'asset', fileName: file, source });
      }
    },
  };
}
