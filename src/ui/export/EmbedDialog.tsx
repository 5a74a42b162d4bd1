import { useEffect, useId, useRef } from 'react';
import { useCopyText } from '../useCopyText';

/** The embed snippet of a chart, to copy: a modal dialog (Escape or Close closes it, focus returns to the menu). */
export function EmbedDialog({
  snippet,
  url,
  title,
  onClose,
}: {
  snippet: string;
  url: string;
  title: string;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const { message: status, copy } = useCopyText(
    'Snippet copied to the clipboard',
    'Select the code and copy it instead.',
  );

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', ''); // jsdom
    textRef.current?.select();
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="embed-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => e.target === e.currentTarget && onClose()}
    >
      <h2 id={titleId}>Embed “{title}”</h2>
      <p className="muted">
        Paste this into a page to show the chart as it is now (same systems, versions, day and settings), with its
        sources and a link back. It follows the dataset as it is updated. The script line fits the frame to the chart’s
        height (taller on a phone); without it the frame stays 560 px tall.
      </p>
      <label htmlFor={`${titleId}-code`}>Embed code</label>
      <textarea
        id={`${titleId}-code`}
        ref={textRef}
        className="input embed-dialog__code"
        readOnly
        rows={4}
        value={snippet}
      />
      <p className="embed-dialog__url">
        Chart alone: <a href={url}>{url}</a>
      </p>
      <div className="embed-dialog__actions">
        <button type="button" className="button" onClick={() => void copy(snippet)}>
          Copy embed code
        </button>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <span role="status" className="muted">
          {status}
        </span>
      </div>
    </dialog>
  );
}
