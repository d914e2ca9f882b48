import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_CONFIG_CHARS,
  parseHfConfig,
  type ConfigNote,
  type ConfigProblem,
} from '../../inputs/hf-config';
import { formatPlain } from '../../lib/format';
import type { LinearRole, WeightPrecision } from '../../model';
import { applyPastedModel } from '../../state/scenario-store';
import { CONTROL_CLASS } from '../shared/controls';

type Outcome =
  | {
      readonly kind: 'used';
      readonly name: string;
      readonly weights: WeightPrecision | null;
      readonly unquantized: readonly LinearRole[];
      readonly notes: readonly ConfigNote[];
    }
  | { readonly kind: 'problem'; readonly problem: ConfigProblem }
  | null;

const TOO_LARGE: Outcome = {
  kind: 'problem',
  problem: { kind: 'too-large', limit: MAX_CONFIG_CHARS },
};

/**
 * A config.json pasted or opened. The text stays in the textarea rather than React state, and
 * its size is checked as it arrives, so a huge paste is refused before it is rendered.
 */
export default function ConfigImport() {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  const use = (source: string) => {
    const result = parseHfConfig(source);
    if (!result.ok) {
      setOutcome({ kind: 'problem', problem: result.problem });
      return;
    }
    const { name, architecture, maxContext, weights, notes } = result;
    applyPastedModel({ name, architecture, maxContext }, weights);
    setOutcome({
      kind: 'used',
      name,
      weights,
      unquantized: architecture.unquantized ?? [],
      notes,
    });
  };

  return (
    <div className="mt-2 space-y-2" data-testid="config-import">
      <label htmlFor={id} className="sr-only">
        {t('config.label')}
      </label>
      <textarea
        id={id}
        ref={area}
        rows={5}
        spellCheck={false}
        className="w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
        placeholder={t('config.placeholder')}
        data-testid="config-text"
        onPaste={(event) => {
          const pasted = event.clipboardData.getData('text/plain');
          if (pasted.length + event.currentTarget.value.length > MAX_CONFIG_CHARS) {
            event.preventDefault();
            setOutcome(TOO_LARGE);
          }
        }}
        onInput={(event) => {
          if (event.currentTarget.value.length > MAX_CONFIG_CHARS) {
            event.currentTarget.value = '';
            setOutcome(TOO_LARGE);
          }
        }}
      />
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={CONTROL_CLASS}
          onClick={() => {
            use(area.current?.value ?? '');
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
              if (!file) return;
              if (file.size > MAX_CONFIG_CHARS * 4) setOutcome(TOO_LARGE);
              else void file.text().then(use);
            }}
          />
        </label>
      </div>
      <div role="status" className="space-y-1 text-xs" data-testid="config-outcome">
        {outcome?.kind === 'used' && <UsedConfig outcome={outcome} />}
        {outcome?.kind === 'problem' && (
          <p className="text-red-700 dark:text-red-400">
            {t(`config.problem.${outcome.problem.kind}`, { ...outcome.problem })} {t('config.kept')}
          </p>
        )}
      </div>
    </div>
  );
}

function UsedConfig({ outcome }: { outcome: Extract<Outcome, { kind: 'used' }> }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p>
        {t('config.used', { name: outcome.name })}{' '}
        {outcome.weights && t('config.usedFormat', { format: t(`weights.${outcome.weights}`) })}{' '}
        {outcome.unquantized.length > 0 &&
          t('config.unquantized', {
            roles: outcome.unquantized.map((role) => t(`config.roles.${role}`)).join(', '),
          })}
      </p>
      {outcome.notes.map((note) => (
        <p key={note.kind} className="text-amber-800 dark:text-amber-300">
          {note.kind === 'unknown-quantization'
            ? t('config.note.unknown-quantization', { method: note.method })
            : note.kind === 'vision-counted'
              ? t(note.estimated ? 'config.note.vision-estimated' : 'config.note.vision-counted', {
                  billions: formatPlain(note.parameters / 1e9, i18n.language, 2),
                })
              : t('config.note.encoder-not-counted')}
        </p>
      ))}
    </>
  );
}
