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

  it('waits for a drag in progress to end, then loads once', () => {
    const load = vi.fn();
    prefetchWhenIdle(load, 2000);
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

  it('does not load while a drag that began after the delay is still going', () => {
    const load = vi.fn();
    prefetchWhenIdle(load, 2000);
    vi.advanceTimersByTime(2000);
    useGestureStore.setState({ dragging: true });
    vi.runAllTimers();
    expect(load).not.toHaveBeenCalled();
    useGestureStore.setState({ dragging: false });
    vi.runAllTimers();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
