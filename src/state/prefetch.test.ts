import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useGestureStore } from './gesture';
import { prefetchWhenIdle } from './prefetch';

describe('prefetchWhenIdle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useGestureStore.setState({ dragging: false });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('loads once the delay has passed and the page is idle', () => {
    const load = vi.fn();
    prefetchWhenIdle(load, 2000);
    vi.advanceTimersByTime(1999);
    expect(load).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(load).toHaveBeenCalledTimes(1);
  });

  // A drag may begin before the delay is up, or after it while the idle callback is pending.
  it.each([
    ['before the delay', 0],
    ['after the delay, before the page is idle', 2000],
  ])('waits for a drag that began %s to end, then loads once', (_, dragStartsAt) => {
    const load = vi.fn();
    prefetchWhenIdle(load, 2000);
    vi.advanceTimersByTime(dragStartsAt);
    useGestureStore.setState({ dragging: true });
    vi.runAllTimers();
    expect(load).not.toHaveBeenCalled();

    useGestureStore.setState({ dragging: false });
    vi.runAllTimers();
    expect(load).toHaveBeenCalledTimes(1);

    // Later drags do not load it again.
    useGestureStore.setState({ dragging: true });
    useGestureStore.setState({ dragging: false });
    vi.runAllTimers();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
