import { createContext, useContext } from 'react';
import type { Scenario } from '../inputs/scenario';
import { evaluateDrag, type DragView } from '../results/drag-view';
import { evaluateSettled, type SettledView } from '../results/settled-view';
import { useScenarioStore } from './scenario-store';

/**
 * The two ways to read results. Results are never stored; each is derived from a scenario and
 * kept for as long as that scenario object lives, so the live scenario of a drag and the
 * settled one the panels show never evict each other.
 */
const dragViews = new WeakMap<Scenario, DragView>();
const settledViews = new WeakMap<Scenario, SettledView>();

export function dragViewOf(scenario: Scenario): DragView {
  let view = dragViews.get(scenario);
  if (!view) {
    view = evaluateDrag(scenario);
    dragViews.set(scenario, view);
  }
  return view;
}

export function settledViewOf(scenario: Scenario): SettledView {
  let view = settledViews.get(scenario);
  if (!view) {
    view = evaluateSettled(scenario, dragViewOf(scenario));
    settledViews.set(scenario, view);
  }
  return view;
}

const whole = (view: DragView) => view;

/**
 * The live scenario's charts and figures, updated on every input of a drag. A selector that
 * picks one value re-renders its component only when that value changes.
 */
export function useDragView(): DragView;
export function useDragView<T>(select: (view: DragView) => T): T;
export function useDragView<T>(select: (view: DragView) => T | DragView = whole): T | DragView {
  return useScenarioStore((state) => select(dragViewOf(state.scenario)));
}

/**
 * The scenario as the panels below the charts see it: the same one a moment later. While a
 * slider moves, each frame goes to the inputs, the charts and their numbers; these panels
 * catch up as soon as the pointer rests. Provided by `<SettledScenario>`.
 */
export const SettledScenarioContext = createContext<Scenario | null>(null);

export function useSettledView(): SettledView {
  const scenario = useContext(SettledScenarioContext);
  if (!scenario) throw new Error('useSettledView needs a <SettledScenario> above it');
  return settledViewOf(scenario);
}
