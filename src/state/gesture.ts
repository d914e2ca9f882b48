import { create } from 'zustand';

/**
 * Whether a slider is being dragged. Charts skip their transition animation meanwhile: each
 * frame of a drag already shows a new state, and restarting a 200 ms tween on every frame
 * only costs time.
 */
export const useGestureStore = create<{ dragging: boolean }>()(() => ({ dragging: false }));

export function startDrag(): void {
  useGestureStore.setState({ dragging: true });
  const end = () => {
    useGestureStore.setState({ dragging: false });
    window.removeEventListener('pointerup', end);
    window.removeEventListener('pointercancel', end);
  };
  window.addEventListener('pointerup', end);
  window.addEventListener('pointercancel', end);
}
