import { useEffect, useState } from 'react';
import { copyText } from '../ui/export/clipboard';

/**
 * "Copy link": the address of exactly what is on screen (every view keeps its state in the URL), for pasting to a
 * colleague. Says when it is done, or what to do when the browser refuses.
 */
export function CopyLinkButton() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), 4000);
    return () => clearTimeout(timer);
  }, [message]);
  const copy = async () => {
    try {
      await copyText(window.location.href);
      setMessage('Link copied');
    } catch (error) {
      setMessage(`${error instanceof Error ? error.message : 'Could not copy'} Copy the address bar instead.`);
    }
  };
  return (
    <span className="copy-link">
      <button type="button" className="button button--ghost" onClick={() => void copy()}>
        Copy link
      </button>
      <span className="copy-link__status" aria-live="polite">
        {message}
      </span>
    </span>
  );
}
