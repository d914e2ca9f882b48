import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseHfConfig, type ConfigProblem } from '../../inputs/hf-config';
import { applyPastedModel } from '../../state/scenario-store';
import { CONTROL_CLASS } from '../shared/controls';

type Outcome = { kind: 'used'; name: string } | { kind: 'problem'; problem: ConfigProblem } | null;

export default function ConfigImport() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const id = useId();

  const use = (source: string) => {
    const result = parseHfConfig(source);
    if (result.ok) {
      applyPastedModel({ name: result.name, architecture: result.architecture });
      setOutcome({ kind: 'used', name: result.name });
    } else {
      setOutcome({ kind: 'problem', problem: result.problem });
    }
  };

  return (
    <div className="mt-2 space-y-2" data-testid="config-import">
      <label htmlFor={id} className="sr-only">
        {t('config.label')}
      </label>
      <textarea
        id={id}
        rows={5}
        className="w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
        placeholder={t('config.placeholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
        }}
        data-testid="config-text"
      />
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={CONTROL_CLASS}
          onClick={() => {
            use(text);
          }}
        >
          {t('config.use')}
        </button>
        <label className={`${CONTROL_CLASS} cursor-pointer`}>
          {t('config.file')}
          <input
            type="file"
            accept=".json,application/json"
            className="sr-only"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void file.text().then(use);
            }}
          />
        </label>
      </div>
      <p role="status" className="text-xs" data-testid="config-outcome">
        {outcome?.kind === 'used' && t('config.used', { name: outcome.name })}
        {outcome?.kind === 'problem' && (
          <span className="text-red-700 dark:text-red-400">
            {t(`config.problem.${outcome.problem.kind}`, { ...outcome.problem })} {t('config.kept')}
          </span>
        )}
      </p>
    </div>
  );
}
