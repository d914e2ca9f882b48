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
