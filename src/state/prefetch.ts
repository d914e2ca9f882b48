import { useGestureStore } from './gesture';

/**
 * Runs `load` once the page has been up for `delayMs` and is idle, so the on-demand chunks are
 * at hand (and the page works offline) without competing with the first render. Parsing them
 * takes several milliseconds, which a slider drag cannot spare, so a drag in progress puts the
 * work off until the pointer is released.
 */
export function prefetchWhenIdle(load: () => void, delayMs: number): void {
  const run = () => {
    if (!useGestureStore.getState().dragging) {
      load();
      return;
    }
    const unsubscribe = useGestureStore.subscribe(({ dragging }) => {
      if (dragging) return;
      unsubscribe();
      whenIdle(run);
    });
  };
  setTimeout(() => {
    whenIdle(run);
  }, delayMs);
}

function whenIdle(task: () => void): void {
  // Safari has no requestIdleCallback; a short timer is the next best thing there.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 5000 });
  else setTimeout(task, 200);
}
