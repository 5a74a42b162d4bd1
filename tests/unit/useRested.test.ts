import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRested } from '../../src/features/timeline/useRested';

afterEach(() => vi.useRealTimers());

describe('useRested', () => {
  it('is true at first, false while the key keeps changing, true once it has stayed the same for the delay', () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ key }) => useRested(key, 300), { initialProps: { key: '?a' } });
    expect(result.current).toBe(true);
    rerender({ key: '?b' });
    expect(result.current).toBe(false);
    act(() => void vi.advanceTimersByTime(200));
    rerender({ key: '?c' });
    act(() => void vi.advanceTimersByTime(200));
    expect(result.current).toBe(false); // 400 ms of changes, but only 200 ms since the last
    act(() => void vi.advanceTimersByTime(100));
    expect(result.current).toBe(true);
  });
});
