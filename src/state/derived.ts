import { useMemo } from 'react';
import { toTpScenario } from '../inputs/definitions';
import { compareVariants, sharedAxisMax } from '../model';
import { useScenarioStore } from './scenario-store';

/** Results are never stored: they are recomputed from the inputs when the inputs change. */
export function useTpComparison() {
  const inputs = useScenarioStore((state) => state.inputs);
  return useMemo(() => {
    const scenario = toTpScenario(inputs);
    const comparison = compareVariants(scenario);
    return { scenario, comparison, axisMax: sharedAxisMax(comparison, scenario) };
  }, [inputs]);
}
