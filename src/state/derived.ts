import { toTpScenario, type ScenarioInputs } from '../inputs/definitions';
import { compareVariants, sharedAxisMax, type TpComparison, type TpScenario } from '../model';
import { useScenarioStore } from './scenario-store';

export interface DerivedView {
  readonly scenario: TpScenario;
  readonly comparison: TpComparison;
  readonly axisMax: number;
}

let lastInputs: ScenarioInputs | null = null;
let lastView: DerivedView | null = null;

/**
 * Results are never stored; they are derived from the inputs. The last result is kept so
 * the many components that read it during one render share a single computation.
 */
export function deriveView(inputs: ScenarioInputs): DerivedView {
  if (inputs !== lastInputs || !lastView) {
    const scenario = toTpScenario(inputs);
    const comparison = compareVariants(scenario);
    lastView = { scenario, comparison, axisMax: sharedAxisMax(comparison, scenario) };
    lastInputs = inputs;
  }
  return lastView;
}

export function useTpComparison(): DerivedView {
  return deriveView(useScenarioStore((state) => state.inputs));
}
