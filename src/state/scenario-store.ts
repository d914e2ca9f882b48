import { create } from 'zustand';
import {
  DEFAULT_INPUTS,
  withInput,
  type InputKey,
  type ScenarioInputs,
} from '../inputs/definitions';
import type { IgnoredParam } from '../inputs/url-codec';

interface ScenarioState {
  readonly inputs: ScenarioInputs;
  /** What the opening link held that could not be used; shown until dismissed. */
  readonly ignoredParams: readonly IgnoredParam[];
}

export const useScenarioStore = create<ScenarioState>()(() => ({
  inputs: DEFAULT_INPUTS,
  ignoredParams: [],
}));

export function setInput(key: InputKey, value: number): void {
  useScenarioStore.setState((state) => ({ inputs: withInput(state.inputs, key, value) }));
}

export function replaceInputs(inputs: ScenarioInputs): void {
  useScenarioStore.setState({ inputs });
}

export function showIgnoredParams(ignoredParams: readonly IgnoredParam[]): void {
  useScenarioStore.setState({ ignoredParams });
}

export function dismissIgnoredParams(): void {
  useScenarioStore.setState({ ignoredParams: [] });
}
