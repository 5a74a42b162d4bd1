/** package.json's `engines.node` tells the truth: its lowest version satisfies every locked dependency's own range. */
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
};

describe('engines', () => {
  it('every dependency runs on the lowest Node version we declare (npm ci warns of none)', () => {
    const lowest = semver.minVersion(pkg.engines.node)!;
    const refusing = Object.entries(lock.packages)
      .filter(([path, meta]) => path && !Array.isArray(meta.engines) && meta.engines?.node)
      .filter(([, meta]) => !semver.satisfies(lowest, (meta.engines as { node: string }).node))
      .map(([path, meta]) => `${path} needs ${(meta.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });
});
