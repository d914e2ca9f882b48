import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_USED_BY_OTHERS, OVERHEAD_MODES } from '../../inputs/scenario';
import { parseNumberText } from '../../inputs/number-text';
import { formatPlain } from '../../lib/format';
import { ENGINE_VERSIONS, pairUsesPytorch, VARIANTS } from '../../model';
import {
  selectOverheadMode,
  selectVersion,
  setUsedByOthers,
  useScenarioStore,
} from '../../state/scenario-store';
import { OptionSelect } from './FormatSelects';
import { InputControl } from './InputControl';

/** Which LMDeploy version each chart shows. */
export function VersionSelects() {
  const { t } = useTranslation();
  const versions = useScenarioStore((state) => state.scenario.versions);
  const usesPytorch = pairUsesPytorch(versions);
  return (
    <>
      {VARIANTS.map((variant) => (
        <OptionSelect
          key={variant}
          label={t(variant === 'pre' ? 'version.left' : 'version.right')}
          options={ENGINE_VERSIONS}
          value={versions[variant]}
          labelOf={(option) => t(`version.${option}.title`)}
          onSelect={(option) => {
            selectVersion(variant, option);
          }}
          testId={`${variant}-version`}
        />
      ))}
      {usesPytorch && (
        <>
          <InputControl inputKey="prefill" />
          <InputControl inputKey="batch" />
        </>
      )}
    </>
  );
}

/** Formula (no overhead) or realistic, with each realistic term editable. */
export function OverheadControls() {
  const { t } = useTranslation();
  const mode = useScenarioStore((state) => state.scenario.overheadMode);
  const name = useId();
  return (
    <div className="space-y-3">
      <fieldset>
        <legend className="text-sm font-medium">{t('overheadModel.label')}</legend>
        <div className="mt-1 flex gap-4 text-sm">
          {OVERHEAD_MODES.map((option) => (
            <label key={option} className="flex items-center gap-1.5">
              <input
                type="radio"
                name={name}
                value={option}
                checked={mode === option}
                onChange={() => {
                  selectOverheadMode(option);
                }}
                data-testid={`overhead-${option}`}
              />
              {t(`overheadModel.${option}`)}
            </label>
          ))}
        </div>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {t(mode === 'formula' ? 'overheadModel.formulaNote' : 'overheadModel.realisticNote')}
        </p>
      </fieldset>
      {mode === 'realistic' && (
        <>
          <InputControl inputKey="ctx" />
          <InputControl inputKey="nccl" />
          <InputControl inputKey="buf" />
          <InputControl inputKey="cal" />
        </>
      )}
    </div>
  );
}

function parseList(text: string): number[] | null {
  const parts = text.trim() === '' ? [] : text.split(/[,，;\s]+/).filter((part) => part !== '');
  const values = parts.map(parseNumberText);
  if (values.some((value) => value === null || value < 0 || value > MAX_USED_BY_OTHERS)) {
    return null;
  }
  return values.filter((value): value is number => value !== null);
}

/** `X_i`: what other processes hold, typed as a list from GPU 0 on. */
export function UsedByOthersInput() {
  const { t, i18n } = useTranslation();
  const stored = useScenarioStore((state) => state.scenario.usedByOthers);
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();
  const shown = draft ?? stored.map((value) => formatPlain(value, 'en')).join(', ');
  const invalid = draft !== null && parseList(draft) === null;
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {t('used.label')}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-sm dark:border-slate-600 dark:bg-slate-800"
        value={shown}
        placeholder={t('used.placeholder')}
        aria-invalid={invalid}
        aria-describedby={`${id}-help`}
        data-testid="used-input"
        onChange={(event) => {
          setDraft(event.target.value);
          const values = parseList(event.target.value);
          if (values) setUsedByOthers(values);
        }}
        onBlur={() => {
          if (!invalid) setDraft(null);
        }}
      />
      <p id={`${id}-help`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        {invalid ? (
          <span role="alert" className="text-red-700 dark:text-red-300">
            {t('used.invalid', { max: formatPlain(MAX_USED_BY_OTHERS, i18n.language) })}
          </span>
        ) : (
          t('used.help')
        )}
      </p>
    </div>
  );
}
