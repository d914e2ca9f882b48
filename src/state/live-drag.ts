import { useEffect, useLayoutEffect, useRef } from 'react';
import { createStore } from 'zustand/vanilla';
import type { InputKey } from '../inputs/definitions';
import { applyInput, type Scenario } from '../inputs/scenario';
import type { DragView } from '../results/drag-view';
import { paintsInPlace } from '../results/paint-in-place';
import { useGestureStore } from './gesture';
import { replaceScenario, useScenarioStore } from './scenario-store';
import { dragViewOf } from './views';

/**
 * The scenario under a pointer that drags a slider, while it differs from the page React
 * rendered in numbers only. React renders the dragged input alone; the charts, figures and
 * answer are rewritten in place by the writers below, and the store, the link and every
 * other part of the page catch up when the pointer lifts. A slow phone then repaints each
 * input of a drag within a frame, where a render of the page took three.
 */
const liveDrag = createStore<{ scenario: Scenario | null }>()(() => ({ scenario: null }));

let committing = false;

function commit(scenario: Scenario): void {
  committing = true;
  replaceScenario(scenario);
  committing = false;
  liveDrag.setState({ scenario: null });
}

/** A slider's new value: painted in place during a drag when it can be, rendered otherwise. */
export function moveInput(key: InputKey, value: number): void {
  const rendered = useScenarioStore.getState().scenario;
  const next = applyInput(liveDrag.getState().scenario ?? rendered, key, value);
  if (
    useGestureStore.getState().dragging &&
    paintsInPlace(dragViewOf(rendered), dragViewOf(next))
  ) {
    liveDrag.setState({ scenario: next });
  } else {
    commit(next);
  }
}

useGestureStore.subscribe(({ dragging }) => {
  const { scenario } = liveDrag.getState();
  if (!dragging && scenario) commit(scenario);
});

// A change from anywhere else (Back, a lesson, a log) replaces what a drag held.
useScenarioStore.subscribe(() => {
  if (!committing && liveDrag.getState().scenario) liveDrag.setState({ scenario: null });
});

/**
 * Calls `write` with each scenario a drag paints in place. A writer sets exactly what its
 * component would render for that scenario, so that React, catching up at the end of the drag,
 * finds the page as it would have drawn it.
 */
export function useLiveWriter(write: (view: DragView) => void): void {
  const latest = useRef(write);
  useLayoutEffect(() => {
    latest.current = write;
  });
  useEffect(
    () =>
      liveDrag.subscribe(({ scenario }) => {
        if (scenario) latest.current(dragViewOf(scenario));
      }),
    [],
  );
}
