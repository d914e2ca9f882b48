import { INPUTS, type InputKey, type ScenarioInputs } from './definitions';

/** `E` is part of `S`, so its upper bound moves with `S`. */
export function upperBound(key: InputKey, inputs: ScenarioInputs): number {
  return key === 'E' ? Math.min(INPUTS.E.max, inputs.S) : INPUTS[key].max;
}

export function clampToDefinition(key: InputKey, value: number, inputs: ScenarioInputs): number {
  const definition = INPUTS[key];
  // Rounded to what the URL keeps, so a shared link reproduces exactly what its sender saw.
  // `|| 0` turns a rounded -0 into 0, which a link writes and reads back the same.
  const rounded = Number(value.toFixed(definition.decimals)) || 0;
  return Math.min(upperBound(key, inputs), Math.max(definition.min, rounded));
}

/**
 * Applies one change and keeps the inputs consistent: shrinking `S` below `E` pulls `E`
 * down with it rather than leaving an impossible model.
 */
export function withInput(inputs: ScenarioInputs, key: InputKey, value: number): ScenarioInputs {
  if (!Number.isFinite(value)) return inputs;
  const next = { ...inputs, [key]: clampToDefinition(key, value, inputs) };
  if (next.E > next.S) next.E = next.S;
  return next;
}
