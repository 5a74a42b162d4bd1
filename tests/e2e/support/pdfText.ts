/**
 * The text of a PDF (Chromium's `page.pdf()`), read with PDF.js (pdfjs-dist's legacy build, which runs in Node):
 * one string per page, its text runs in reading order, a line break read as a space and spaces collapsed, so a
 * title the layout wrapped onto two lines reads as it is written.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const { items } = await (await doc.getPage(n)).getTextContent();
      const text = items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('');
      pages.push(text.replace(/\s+/g, ' ').trim());
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
