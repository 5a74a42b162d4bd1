import { useEffect, useState } from 'react';
import { copyText } from './export/clipboard';

/**
 * Copies text to the clipboard and gives the message to show beside the button: `done` when it worked, else why
 * not and `instead` (what the reader can do). The message clears after 4 s.
 */
export function useCopyText(done: string, instead: string) {
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), 4000);
    return () => clearTimeout(timer);
  }, [message]);
  const copy = async (text: string) => {
    try {
      await copyText(text);
      setMessage(done);
    } catch (error) {
      setMessage(`${error instanceof Error ? error.message : 'Could not copy.'} ${instead}`);
    }
  };
  return { message, copy };
}
