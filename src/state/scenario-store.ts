import { create } from 'zustand';
import type { InputKey } from '../inputs/definitions';
import type { IgnoredParam } from '../link/link-codec';
import {
  applyInput,
  DEFAULT_SCENARIO,
  pickGpu,
  pickKvCache,
  pickModel,
  pickWeights,
  choosePastedModel,
  pickOverheadMode,
  pickVersion,
  setUsedByOthers as withUsedByOthers,
  type OverheadMode,
  type PastedModel,
  type Scenario,
} from '../inputs/scenario';
import type { EngineVersion, KvPrecision, Variant, WeightPrecision } from '../model';

interface ScenarioState {
  readonly scenario: Scenario;
  /** What the opening link held that could not be used; shown until dismissed. */
  readonly ignoredParams: readonly IgnoredParam[];
}

export const useScenarioStore = create<ScenarioState>()(() => ({
  scenario: DEFAULT_SCENARIO,
  ignoredParams: [],
}));

const update = (change: (scenario: Scenario) => Scenario) => {
  useScenarioStore.setState((state) => ({ scenario: change(state.scenario) }));
};

export const setInput = (key: InputKey, value: number) => {
  update((scenario) => applyInput(scenario, key, value));
};
export const selectGpu = (id: string) => {
  update((scenario) => pickGpu(scenario, id));
};
export const selectModel = (id: string) => {
  update((scenario) => pickModel(scenario, id));
};
export const selectWeights = (weights: WeightPrecision) => {
  update((scenario) => pickWeights(scenario, weights));
};
export const selectKvCache = (kvCache: KvPrecision) => {
  update((scenario) => pickKvCache(scenario, kvCache));
};
export const applyPastedModel = (pasted: PastedModel, weights: WeightPrecision | null) => {
  update((scenario) => choosePastedModel(scenario, pasted, weights));
};

export const selectVersion = (variant: Variant, version: EngineVersion) => {
  update((scenario) => pickVersion(scenario, variant, version));
};
export const selectOverheadMode = (mode: OverheadMode) => {
  update((scenario) => pickOverheadMode(scenario, mode));
};
export const setUsedByOthers = (values: readonly number[]) => {
  update((scenario) => withUsedByOthers(scenario, values));
};

export function replaceScenario(scenario: Scenario): void {
  useScenarioStore.setState({ scenario });
}

export function showIgnoredParams(ignoredParams: readonly IgnoredParam[]): void {
  useScenarioStore.setState({ ignoredParams });
}

export function dismissIgnoredParams(): void {
  useScenarioStore.setState({ ignoredParams: [] });
}
