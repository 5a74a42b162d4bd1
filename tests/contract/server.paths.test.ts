// @vitest-environment node
/**
 * Requests that try to read outside the build, sent byte for byte on a socket (client libraries would normalise
 * them first). Each has its expected answer, and none may ever return the secret file that sits beside dist/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realDataset } from '../../src/mocks/dataset';
import { SECRET } from './support/fakeBuild';
import { rawRequest } from './support/rawHttp';
import { startTestServer, type TestServer } from './support/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(realDataset());
});
afterAll(() => server.stop());

/** [request target as sent, expected status, why]. */
const ATTEMPTS: [string, number, string][] = [
  ['/../secret.txt', 400, 'dot-dot segment'],
  ['/../../../../etc/passwd', 400, 'dot-dot segments'],
  ['/assets/../../secret.txt', 400, 'dot-dot inside a path'],
  ['/./index.html', 400, 'dot segment'],
  ['/%2e%2e/secret.txt', 400, 'percent-encoded dot-dot'],
  ['/%2E%2E/%2E%2E/etc/passwd', 400, 'upper-case encoded dot-dot'],
  ['/.%2e/secret.txt', 400, 'half-encoded dot-dot'],
  ['/..%2fsecret.txt', 400, 'encoded slash'],
  ['/assets/..%2F..%2Fsecret.txt', 400, 'encoded slashes'],
  ['/%252e%252e/secret.txt', 400, 'double-encoded dot-dot'],
  ['/%252e%252e%252fsecret.txt', 400, 'double-encoded dot-dot and slash'],
  ['/%c0%ae%c0%ae/secret.txt', 400, 'overlong UTF-8 dots'],
  ['/..\\secret.txt', 400, 'backslash'],
  ['/assets\\..\\..\\secret.txt', 400, 'backslashes'],
  ['/%5c..%5csecret.txt', 400, 'encoded backslashes'],
  ['/secret.txt%00.js', 400, 'encoded NUL'],
  ['/index.html%00', 400, 'encoded NUL at the end'],
  ['/%0d%0aSet-Cookie:%20x=1', 400, 'encoded CR LF'],
  ['http://evil.example/../secret.txt', 400, 'absolute-form with dot-dot'],
  ['/api/v1/../../secret.txt', 400, 'dot-dot through the API prefix'],
  ['/api/v1/systems/..%2f..%2fsecret.txt', 400, 'encoded slash in an API id'],
  ['//secret.txt', 404, 'empty segment: a file name that is not in the build'],
  ['/secret.txt', 404, 'a file name that is not in the build'],
  ['/package.json', 404, 'a file name that is not in the build'],
  ['/assets/', 404, 'a folder of the build: no listing, no fallback'],
];

describe('path traversal', () => {
  it.each(ATTEMPTS)('%s → %i (%s)', async (target, status) => {
    const res = await rawRequest(server.url, target);
    expect(res.status).toBe(status);
    expect(res.body).not.toContain(SECRET);
    if (status === 400) expect(res.body).toMatch(/bad_path|the path|not a valid path/);
  });

  it('a raw NUL or space in the target is refused by Node before any code of ours runs', async () => {
    for (const target of ['/secret.txt\0.js', '/a b']) {
      const res = await rawRequest(server.url, target);
      expect(res.status).toBe(400);
      expect(res.body).not.toContain(SECRET);
    }
  });
});
