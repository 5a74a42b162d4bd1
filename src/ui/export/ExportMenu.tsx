import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { EmbedDialog } from './EmbedDialog';
import { embedSnippet, embedUrl } from './embed';
import { EXPORT_ACTIONS, timed, type ExportAction } from './exportActions';
import type { ExportableChart } from './parts';
import { currentTheme, type ExportTheme } from './exportTheme';
import { handleMenuKeys } from './menuKeys';
import { useExportContext } from './useExportContext';

/** What the last export did, for the frame's status line. */
export type ExportStatus = { kind: 'busy' | 'ok' | 'error'; text: string } | null;

/**
 * The export menu of a chart frame: PNG 1x/2x/4x, SVG, CSV, copy image, copy citation, Embed (on /compare), and
 * the image theme.
 * A menu button (Enter, Space, ArrowDown or ArrowUp opens it; Escape closes it and focus returns to the button).
 */
export function ExportMenu({
  chart,
  onStatus,
}: {
  chart: () => ExportableChart | null;
  onStatus: (status: ExportStatus) => void;
}) {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const [theme, setTheme] = useState<ExportTheme | null>(null);
  const [embedding, setEmbedding] = useState<{ url: string; title: string } | null>(null);
  const exportContext = useExportContext();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    const items = menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]');
    (open === 'last' ? items?.[items.length - 1] : items?.[0])?.focus();
    const outside = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && e.target !== button.current) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const run = async (label: string, action: ExportAction) => {
    close(true);
    const target = chart();
    if (!target) return;
    onStatus({ kind: 'busy', text: `${label}…` });
    try {
      const ctx = exportContext(theme);
      onStatus({ kind: 'ok', text: await timed(label, () => action(target, ctx)) });
    } catch (error) {
      onStatus({ kind: 'error', text: error instanceof Error ? error.message : `${label} failed` });
    }
  };

  const chosen = theme ?? currentTheme();
  const target = open ? chart() : null;
  const embed = target && embedUrl(exportContext().url, target.id);
  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        className="button button--small"
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => (o ? false : 'first'))}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
          e.preventDefault();
          setOpen(e.key === 'ArrowDown' ? 'first' : 'last');
        }}
      >
        Export
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label="Export"
          className="export-menu__list"
          onKeyDown={(e) => handleMenuKeys(e, menu.current, close)}
        >
          {EXPORT_ACTIONS.map((a) => (
            <button key={a.label} type="button" role="menuitem" tabIndex={-1} onClick={() => void run(a.label, a.run)}>
              {a.label}
            </button>
          ))}
          {embed && target && (
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                close(false);
                setEmbedding({ url: embed, title: target.title });
              }}
            >
              Embed…
            </button>
          )}
          <div role="group" aria-label="Image theme" className="export-menu__group">
            {(['light', 'dark'] as const).map((t) => (
              <button
                key={t}
                type="button"
                role="menuitemradio"
                aria-checked={chosen === t}
                tabIndex={-1}
                onClick={() => setTheme(t)}
              >
                {t === 'light' ? 'Light image' : 'Dark image'}
              </button>
            ))}
          </div>
        </div>
      )}
      {embedding && (
        <EmbedDialog
          url={embedding.url}
          title={embedding.title}
          snippet={embedSnippet(embedding.url, embedding.title)}
          onClose={() => {
            setEmbedding(null);
            button.current?.focus();
          }}
        />
      )}
    </div>
  );
}
