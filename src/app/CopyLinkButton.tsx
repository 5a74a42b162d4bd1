import { useCopyText } from '../ui/useCopyText';

/**
 * "Copy link": the address of exactly what is on screen (every view keeps its state in the URL), for pasting to a
 * colleague. Says when it is done, or what to do when the browser refuses.
 */
export function CopyLinkButton() {
  const { message, copy } = useCopyText('Link copied', 'Copy the address bar instead.');
  return (
    <span className="copy-link">
      <button type="button" className="button button--ghost" onClick={() => void copy(window.location.href)}>
        Copy link
      </button>
      <span className="copy-link__status" aria-live="polite">
        {message}
      </span>
    </span>
  );
}
