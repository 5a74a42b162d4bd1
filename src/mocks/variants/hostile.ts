/**
 * A hostile variant of the real dataset, for proving that dataset text is only ever shown as text: markup,
 * script URLs, very long words, right-to-left text and emoji in the fields the UI shows. Test data, labelled
 * synthetic; never mixed into mock-data/.
 */
import type { Dataset } from '../../data/schema';

export const HOSTILE = {
  script: '<script>window.__pwned = "script"; alert("xss")</script>',
  img: '<img src=x onerror="window.__pwned = \'img\'; alert(1)">',
  attr: '"><svg onload=alert(1)>',
  longWord: `Supercalifragilistic${'expialidocious'.repeat(20)}`,
  rtl: 'שלום עולם — مرحبا بالعالم',
  emoji: '🎬🤖✨ 👩🏽‍💻',
  formula: '=HYPERLINK("http://evil.example","click")',
} as const;

export function hostileDataset(real: Dataset): Dataset {
  const events = real.events.map((e, i) => {
    if (i === 0) return { ...e, title: `${HOSTILE.script} ${e.title}`, summary: `${HOSTILE.img} ${e.summary}` };
    if (i === 1) return { ...e, title: `${HOSTILE.rtl} ${HOSTILE.emoji}`, summary: `${HOSTILE.longWord} ${e.summary}` };
    if (i === 2) return { ...e, title: HOSTILE.formula, summary: `${HOSTILE.attr} ${e.summary}` };
    return e;
  });
  const systems = real.systems.map((s, i) =>
    i === 0
      ? {
          ...s,
          summary: `${HOSTILE.script} ${s.summary}`,
          versions: s.versions.map((v, j) => (j === 0 ? { ...v, summary: `${HOSTILE.img} ${HOSTILE.longWord}` } : v)),
        }
      : s,
  );
  const companies = real.companies.map((c, i) => (i === 0 ? { ...c, name: `${c.name} ${HOSTILE.emoji}` } : c));
  const sources = real.sources.map((s, i) =>
    i === 0 ? { ...s, title: `${HOSTILE.attr} ${HOSTILE.rtl}`, publisher: HOSTILE.img } : s,
  );
  return {
    ...real,
    meta: { ...real.meta, title: 'Genscope hostile test dataset', kind: 'synthetic' },
    companies,
    systems,
    events,
    sources,
  };
}
