import { createContext, useContext } from 'react';
import { evaluateScenario, type ScenarioView } from '../inputs/evaluate';
import type { Scenario } from '../inputs/scenario';
import { useScenarioStore } from './scenario-store';

let lastScenario: Scenario | null = null;
let lastView: ScenarioView | null = null;

/**
 * Results are never stored; they are derived from the scenario. The last result is kept so
 * the many components that read it during one render share a single computation.
 */
export function deriveView(scenario: Scenario): ScenarioView {
  if (scenario !== lastScenario || !lastView) {
    lastView = evaluateScenario(scenario);
    lastScenario = scenario;
  }
  return lastView;
}

export function useScenarioView(): ScenarioView {
  return deriveView(useScenarioStore((state) => state.scenario));
}

/**
 * The scenario as the panels below the charts see it: the same results a moment later. While a
 * slider moves, each frame goes to the inputs, the charts and their numbers; these panels
 * catch up as soon as the pointer rests. Provided by `<SettledScenario>`.
 */
export const SettledScenarioContext = createContext<Scenario | null>(null);

export function useSettledScenario(): Scenario {
  const scenario = useContext(SettledScenarioContext);
  if (!scenario) throw new Error('useSettledScenario needs a <SettledScenario> above it');
  return scenario;
}

export function useSettledView(): ScenarioView {
  return deriveView(useSettledScenario());
}
