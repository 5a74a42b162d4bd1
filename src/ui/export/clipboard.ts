/** Clipboard writes with messages a person can act on when the browser refuses. */
export class ClipboardRefused extends Error {}

export async function copyImage(png: Promise<Blob>): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    throw new ClipboardRefused('This browser cannot copy images. Download the PNG instead.');
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
  } catch (error) {
    throw new ClipboardRefused(
      `The browser refused to copy the image (${error instanceof Error ? error.message : 'permission denied'}). Download the PNG instead.`,
    );
  }
}

export async function copyText(text: string): Promise<void> {
  if (!navigator.clipboard?.writeText) throw new ClipboardRefused('This browser cannot copy text here.');
  try {
    await navigator.clipboard.writeText(text);
  } catch (error) {
    throw new ClipboardRefused(
      `The browser refused to copy (${error instanceof Error ? error.message : 'permission denied'}).`,
    );
  }
}
