import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/data/api';
import { createQueryClient, shouldRetry } from '../../src/app/queryClient';

const serverError = () => new ApiError('http', 'flaky', '/api/v1/x', 500);

describe('retry policy', () => {
  it('retries only server (5xx) and network failures, a few times', () => {
    expect(shouldRetry(0, serverError())).toBe(true);
    expect(shouldRetry(0, new ApiError('network', 'x', '/e'))).toBe(true);
    expect(shouldRetry(0, new ApiError('http', 'x', '/e', 404))).toBe(false);
    expect(shouldRetry(0, new ApiError('shape', 'x', '/e', 200))).toBe(false);
    expect(shouldRetry(0, new ApiError('parse', 'x', '/e', 200))).toBe(false);
    expect(shouldRetry(0, new Error('a bug, not the network'))).toBe(false);
    expect(shouldRetry(10, serverError())).toBe(false);
  });

  it('a timeout is not retried: its error shows after the one wait', async () => {
    const queryFn = vi.fn(() => Promise.reject(new ApiError('timeout', 'no answer within 10 s', '/api/v1/x')));
    await expect(createQueryClient().fetchQuery({ queryKey: ['timeout'], queryFn })).rejects.toThrow('10 s');
    expect(queryFn).toHaveBeenCalledTimes(1);
  });

  it('waits are jittered: queries that fail together do not retry at the same moment', () => {
    const delay = createQueryClient().getDefaultOptions().queries?.retryDelay;
    expect(typeof delay).toBe('function');
    const at = (random: number) => {
      vi.spyOn(Math, 'random').mockReturnValue(random);
      return (delay as (attempt: number, error: Error) => number)(1, serverError());
    };
    const [low, high] = [at(0), at(0.999)];
    expect(low).toBeGreaterThan(0);
    expect(high).toBeGreaterThan(low);
  });

  it('against a server that fails every other request, six queries started together all succeed', async () => {
    let turn = 0;
    const flaky = () => (turn++ % 2 === 0 ? Promise.reject(serverError()) : Promise.resolve('ok'));
    const client = createQueryClient();
    const all = Array.from({ length: 6 }, (_, i) => client.fetchQuery({ queryKey: ['flaky', i], queryFn: flaky }));
    await expect(Promise.all(all)).resolves.toEqual(Array(6).fill('ok'));
  }, 20_000);
});
