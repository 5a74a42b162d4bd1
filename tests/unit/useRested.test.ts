import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRested } from '../../src/features/timeline/useRested';

afterEach(() => vi.useRealTimers());

describe('useRested', () => {
  it('is the first key at once, keeps the last rested key while the key changes, and follows once it rests', () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ key }) => useRested(key, 300), { initialProps: { key: '?a' } });
    expect(result.current).toBe('?a');
    rerender({ key: '?b' });
    expect(result.current).toBe('?a');
    act(() => void vi.advanceTimersByTime(200));
    rerender({ key: '?c' });
    act(() => void vi.advanceTimersByTime(200));
    expect(result.current).toBe('?a'); // 400 ms of changes, but only 200 ms since the last
    act(() => void vi.advanceTimersByTime(100));
    expect(result.current).toBe('?c');
  });
});
