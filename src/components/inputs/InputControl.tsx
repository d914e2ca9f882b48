import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INPUTS, type InputKey } from '../../inputs/definitions';
import { upperBound } from '../../inputs/input-values';
import { parseNumberText } from '../../inputs/number-text';
import { sliderScale } from '../../inputs/slider-scale';
import { formatPlain } from '../../lib/format';
import { startDrag } from '../../state/gesture';
import { moveInput, useLiveWriter } from '../../state/live-drag';
import { useDragView } from '../../state/views';
import { setInput } from '../../state/scenario-store';

/**
 * A value as its field shows it: to the input's decimals, or to two significant figures when
 * those would round a derived size (a tiny model's S) to zero.
 */
function fieldText(value: number, decimals: number): string {
  const rounded = Number(value.toFixed(decimals));
  return String(rounded === 0 && value !== 0 ? Number(value.toPrecision(2)) : rounded);
}

/**
 * One numeric input, as a field and a slider. `zeroMeans` is what the engine uses when the
 * input is left at 0: the field then shows it, marked as the default, rather than a 0.
 */
export function InputControl({
  inputKey,
  zeroMeans,
}: {
  inputKey: InputKey;
  zeroMeans?: number | undefined;
}) {
  const { t, i18n } = useTranslation();
  const definition = INPUTS[inputKey];
  // S and E may be derived from the model; the view holds the values in effect.
  const value = useDragView((view) => view.inputs[inputKey]);
  const max = useDragView((view) => upperBound(inputKey, view.inputs));
  // What was typed, and the value the store held once it was: a change from elsewhere (Back,
  // a lesson, a log) makes the text stale, and the field shows the store again.
  const [typed, setTyped] = useState<{ text: string; value: number } | null>(null);
  if (typed !== null && typed.value !== value) setTyped(null);
  const draft = typed !== null && typed.value === value ? typed.text : null;
  const setDraft = (text: string | null, held = value) => {
    setTyped(text === null ? null : { text, value: held });
  };
  const showsDefault = zeroMeans !== undefined && value === 0 && draft === null;
  const id = useId();
  const scale = sliderScale(definition, max);
  const name = t(`inputs.${inputKey}.name`);
  const locale = i18n.language;

  const draftValue = draft === null ? null : parseNumberText(draft);
  const draftInvalid =
    draft !== null &&
    (draftValue === null ||
      draftValue < definition.min ||
      draftValue > max ||
      (definition.integer && !Number.isInteger(draftValue)));
  const valueText = (shown: number) =>
    `${formatPlain(shown, locale)}${definition.unit ? ` ${definition.unit}` : ''}`;
  const position = scale.toPosition(showsDefault ? zeroMeans : value);

  // The slider is left to the browser while it is dragged; it follows the store otherwise.
  const sliderRef = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const slider = sliderRef.current;
    if (slider && slider.value !== String(position)) slider.value = String(position);
  }, [position]);
  // A drag painted in place moves this field and the slider's spoken value with it.
  const fieldRef = useRef<HTMLInputElement>(null);
  useLiveWriter((live) => {
    const shown = live.inputs[inputKey];
    const text =
      shown === 0 && zeroMeans !== undefined ? '' : fieldText(shown, definition.decimals);
    if (fieldRef.current && draft === null && fieldRef.current.value !== text) {
      fieldRef.current.value = text;
    }
    // Every input's writer runs on each frame of a drag; only the dragged one has news.
    const spoken = valueText(shown);
    const slider = sliderRef.current;
    if (slider && slider.getAttribute('aria-valuetext') !== spoken) {
      slider.setAttribute('aria-valuetext', spoken);
    }
  });

  const rangeText = t(definition.unit ? 'inputs.rangeUnit' : 'inputs.range', {
    min: formatPlain(definition.min, locale),
    max: formatPlain(max, locale),
    unit: definition.unit ?? '',
  });

  const onType = (text: string) => {
    const number = parseNumberText(text);
    const valid =
      number !== null &&
      number >= definition.min &&
      number <= max &&
      (!definition.integer || Number.isInteger(number));
    setDraft(text, valid ? number : value);
    if (valid) setInput(inputKey, number);
  };

  return (
    <div data-testid={`input-${inputKey}`}>
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={`${id}-field`} className="text-sm font-medium">
          {name}{' '}
          <span className="font-mono text-slate-500 dark:text-slate-400">
            ({definition.symbol})
          </span>
        </label>
        <span className="flex items-center gap-1">
          <input
            id={`${id}-field`}
            type="text"
            inputMode={definition.integer ? 'numeric' : 'decimal'}
            autoComplete="off"
            spellCheck={false}
            className="w-20 rounded-md border border-slate-300 bg-white px-2 py-0.5 text-right font-mono text-sm tabular-nums focus-visible:outline-2 focus-visible:outline-blue-600 aria-[invalid=true]:border-red-600 dark:border-slate-600 dark:bg-slate-800"
            ref={fieldRef}
            value={draft ?? (showsDefault ? '' : fieldText(value, definition.decimals))}
            placeholder={showsDefault ? fieldText(zeroMeans, definition.decimals) : undefined}
            aria-invalid={draftInvalid}
            aria-describedby={`${id}-help ${id}-error`}
            onChange={(event) => {
              onType(event.target.value);
            }}
            onBlur={() => {
              setDraft(null);
            }}
            data-testid={`field-${inputKey}`}
          />
          {definition.unit && (
            <span className="text-xs text-slate-500 dark:text-slate-400">{definition.unit}</span>
          )}
          {showsDefault && (
            <span
              className="text-xs text-slate-600 dark:text-slate-300"
              data-testid={`default-${inputKey}`}
            >
              {t('inputs.default')}
            </span>
          )}
        </span>
      </div>
      <input
        type="range"
        className="mt-2 w-full accent-blue-600"
        min={scale.min}
        max={scale.max}
        step={scale.step}
        ref={sliderRef}
        defaultValue={position}
        aria-label={t('inputs.sliderLabel', { name })}
        aria-valuetext={valueText(value)}
        onPointerDown={startDrag}
        onChange={(event) => {
          setDraft(null);
          moveInput(inputKey, scale.fromPosition(Number(event.target.value)));
        }}
        data-testid={`slider-${inputKey}`}
      />
      <p id={`${id}-help`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        {t(`inputs.${inputKey}.help`)} <span className="whitespace-nowrap">{rangeText}.</span>
      </p>
      <p id={`${id}-error`} role="alert" className="text-xs text-red-700 dark:text-red-400">
        {draftInvalid &&
          t(definition.integer ? 'inputs.invalidInteger' : 'inputs.invalid', {
            min: formatPlain(definition.min, locale),
            max: formatPlain(max, locale),
          })}
      </p>
    </div>
  );
}
