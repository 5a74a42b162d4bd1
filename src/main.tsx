import { watchEarlyActions } from './app/earlyActions';
import { applyTheme, readTheme } from './app/theme';
import { watchTyping } from './ui/typing';
import './app/styles.css';
import './ui/controls.css';
import './app/print.css';

applyTheme(readTheme());
// Charts wait for a pause in typing (ui/typing.ts): keys count from the start.
watchTyping();
// What the reader does on a prerendered page before the app replaces it is done again on the app's page.
const early = watchEarlyActions(document.getElementById('root'));

// The start-up's code runs in stages, each a task of its own, instead of one long task on a phone (about 250 ms
// at a 4x slower CPU): this entry, then zod with the data schemas (the largest module to evaluate), then the
// router, the queries and the app, which start (start.tsx). The chunks are fetched with the entry's.
void import('./data/schema').then(() => import('./start')).then(({ start }) => start(early));
