/**
 * What the reader does on a prerendered page before the app is live is not lost. The page (build/prerender.ts)
 * shows real buttons, checkboxes and fields from the first paint, but the app replaces it only once its code has
 * loaded and rendered (start.tsx): on a phone, or a busy laptop, that is a second or more, and a click on the
 * theme button or a date typed meanwhile went to a page about to be thrown away. This module, run by the entry
 * (main.tsx) before any other of the app's code loads, notes those clicks, values, submits and the focus, then
 * does them again on the app's own controls once it has replaced the page, in order. A control is found again
 * by what it is and shows (its tag, type and name or text) and its rank among those alike: the first render
 * draws the same page. Links need nothing: on the prerendered page they load their page as plain links do.
 */

/** Where a control is: its kind and name, and its rank among the controls of the same kind and name. */
interface Place {
  signature: string;
  nth: number;
}

type Action = { kind: 'click' | 'submit'; at: Place } | { kind: 'value'; at: Place; value: string };

export interface EarlyActions {
  /** Runs `run` once the reader has pressed a key or a pointer, now if they already have. */
  onFirstAct(run: () => void): void;
}

const CONTROLS = 'button, input, select, textarea, summary, form';
const CLICKED = 'button, summary, input[type="checkbox"], input[type="radio"]';
const ACTS = ['pointerdown', 'keydown', 'touchstart'] as const;

const signatureOf = (el: Element) =>
  [
    el.tagName,
    el.getAttribute('type') ?? '',
    el.getAttribute('aria-label') ??
      el.getAttribute('name') ??
      el.getAttribute('placeholder') ??
      el.textContent?.trim().slice(0, 80) ??
      '',
  ].join('|');

/** The controls in `scope` of one kind and name, in document order. */
const alike = (signature: string, scope: Element) =>
  [...scope.querySelectorAll<HTMLElement>(CONTROLS)].filter((c) => signatureOf(c) === signature);

function placeOf(el: Element, page: Element): Place {
  const signature = signatureOf(el);
  return { signature, nth: alike(signature, page).indexOf(el as HTMLElement) };
}

const find = ({ signature, nth }: Place, root: Element): HTMLElement | null => alike(signature, root)[nth] ?? null;

/** Sets a field's value as typing would, so React's change handlers see it. */
function setValue(el: HTMLElement, value: string) {
  const proto = Object.getPrototypeOf(el) as object;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

async function replay(actions: readonly Action[], focused: HTMLElement | null, page: Element, root: Element) {
  // Every control is found on the app's first render before any action changes it (a button's text may change).
  const live = actions.map((a) => find(a.at, root));
  const target = focused && find(placeOf(focused, page), root);
  for (const [i, action] of actions.entries()) {
    const el = live[i];
    // Not on the app's first screen (it drew something else), or gone since: nothing to do it on.
    if (!el?.isConnected) continue;
    if (action.kind === 'click') el.click();
    else if (action.kind === 'submit' && el instanceof HTMLFormElement) el.requestSubmit();
    else if (action.kind === 'value') setValue(el, action.value);
    // Each in a task of its own, as the reader's were: the app renders what one did before the next.
    await nextTask();
  }
  if (!target?.isConnected) return;
  target.focus();
  if (target instanceof HTMLInputElement && focused instanceof HTMLInputElement) {
    try {
      target.setSelectionRange(focused.selectionStart, focused.selectionEnd);
    } catch {
      // a field without a text selection (a date, a range)
    }
  }
}

/** Starts noting what the reader does on the prerendered page in `root`, if there is one. */
export function watchEarlyActions(root: HTMLElement | null): EarlyActions {
  let acted = false;
  const waiting: (() => void)[] = [];
  const onAct = () => {
    acted = true;
    for (const type of ACTS) window.removeEventListener(type, onAct, { capture: true });
    for (const run of waiting.splice(0)) run();
  };
  for (const type of ACTS) window.addEventListener(type, onAct, { capture: true, passive: true });
  const early = {
    onFirstAct: (run: () => void) => (acted ? run() : void waiting.push(run)),
  };
  const page = root?.querySelector(':scope > [data-prerendered]');
  if (!root || !page) return early;

  const actions: Action[] = [];
  let focused: HTMLElement | null = null;
  const inPage = (e: Event) => (e.target instanceof Element && page.contains(e.target) ? e.target : null);
  const noteValue = (el: Element | null) => {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement))
      return;
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) return; // a click
    const at = placeOf(el, page);
    const same = (a: Action) => a.kind === 'value' && a.at.signature === at.signature && a.at.nth === at.nth;
    const noted = actions.findLast(same);
    if (noted?.kind === 'value' && noted.value === el.value) return; // a change event after its input events
    // Keystrokes in one field are one value: the last.
    if (actions.at(-1) === noted && noted) actions.pop();
    actions.push({ kind: 'value', at, value: el.value });
  };
  const listeners: Record<string, (e: Event) => void> = {
    click: (e) => {
      const el = inPage(e)?.closest<HTMLElement>(CLICKED);
      // A submit button's click is noted as its form's submit.
      if (el && !(el instanceof HTMLButtonElement && el.type === 'submit'))
        actions.push({ kind: 'click', at: placeOf(el, page) });
    },
    input: (e) => noteValue(inPage(e)),
    change: (e) => noteValue(inPage(e)),
    submit: (e) => {
      const form = inPage(e);
      if (!form) return;
      e.preventDefault(); // the app's handler does what it should, once live
      actions.push({ kind: 'submit', at: placeOf(form, page) });
    },
    focusin: (e) => {
      const el = inPage(e);
      if (el instanceof HTMLElement) focused = el;
    },
    // Focus left the page for somewhere else, or went with the page as the app replaced it (Chromium tells both
    // with a focusout while the page is still in the document): only the first forgets where it was.
    focusout: () =>
      queueMicrotask(() => {
        if (page.isConnected && !page.contains(document.activeElement)) focused = null;
      }),
  };
  for (const [type, listener] of Object.entries(listeners)) root.addEventListener(type, listener, true);

  // The app replaces the page in one commit: then, in a task of its own, the reader's actions are done again.
  const observer = new MutationObserver(() => {
    if (root.contains(page)) return;
    observer.disconnect();
    for (const [type, listener] of Object.entries(listeners)) root.removeEventListener(type, listener, true);
    // The focus went with the page: it goes to the same control on the app's.
    const lost = document.activeElement === null || document.activeElement === document.body;
    setTimeout(() => void replay(actions, lost ? focused : null, page, root), 0);
  });
  observer.observe(root, { childList: true });
  return early;
}
