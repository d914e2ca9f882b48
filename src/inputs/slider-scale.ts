import type { InputDefinition } from './definitions';

/** Positions of a logarithmic slider; fine enough that one step moves S by under 1%. */
export const LOG_SLIDER_STEPS = 1000;

export interface SliderScale {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  toPosition(value: number): number;
  fromPosition(position: number): number;
}

export function sliderScale(definition: InputDefinition, upper: number): SliderScale {
  const max = Math.min(upper, definition.sliderMax ?? definition.max);
  const min = Math.min(definition.min, max);
  if (definition.sliderScale === 'linear' || min <= 0 || max <= min) {
    return {
      min,
      max,
      step: definition.step,
      toPosition: (value) => Math.min(max, Math.max(min, value)),
      fromPosition: (position) => position,
    };
  }
  const ratio = Math.log(max / min);
  return {
    min: 0,
    max: LOG_SLIDER_STEPS,
    step: 1,
    toPosition: (value) =>
      Math.round((Math.log(Math.min(max, Math.max(min, value)) / min) / ratio) * LOG_SLIDER_STEPS),
    fromPosition: (position) => {
      const value = min * Math.exp((position / LOG_SLIDER_STEPS) * ratio);
      // Snap to the typed field's precision so dragging yields tidy numbers.
      return Math.max(min, Math.round(value / definition.step) * definition.step);
    },
  };
}
