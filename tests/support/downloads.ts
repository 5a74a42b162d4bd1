import { vi } from 'vitest';

/**
 * Catches what the app downloads: the blobs handed to a download link, by file name (jsdom has no object URLs and
 * does not navigate). Call in a beforeEach; the map it returns fills as the test downloads.
 */
export function captureDownloads(): Map<string, Blob> {
  const saved = new Map<string, Blob>();
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.set(this.download, blobs.get(this.href)!);
  });
  return saved;
}
