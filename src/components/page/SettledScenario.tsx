import { useDeferredValue, useState, type ReactNode } from 'react';
import { SettledScenarioContext } from '../../state/views';
import { useGestureStore } from '../../state/gesture';
import { useScenarioStore } from '../../state/scenario-store';

/**
 * Gives its panels the scenario as it stood when the last slider drag began, until the drag
 * ends, and a deferred copy otherwise. During a drag the copy stays the same object, so these
 * panels cost nothing in its frames; after it, React renders them in idle time and drops that
 * work if another input comes.
 */
export function SettledScenario({ children }: { children: ReactNode }) {
  const live = useScenarioStore((state) => state.scenario);
  const dragging = useGestureStore((state) => state.dragging);
  const [held, setHeld] = useState(live);
  if (!dragging && held !== live) setHeld(live);
  const settled = useDeferredValue(dragging ? held : live);
  return <SettledScenarioContext value={settled}>{children}</SettledScenarioContext>;
}
