import { useTranslation } from 'react-i18next';
import { formatCount, formatGiB, formatPlain } from '../../lib/format';
import { PEER_ENGINE_IDS } from '../../model';
import type { EngineRow } from '../../results/engine-rows';
import { useSettledView } from '../../state/views';
import { InputControl } from '../inputs/InputControl';
import { CommandBlock } from './CommandBlock';

/** Loaded on demand: the same scenario under every engine in the registry. */
export default function EngineComparison() {
  const { t, i18n } = useTranslation();
  const { engines } = useSettledView();
  const locale = i18n.language;
  const gib = (value: number) => `${formatGiB(value, locale)} GiB`;

  const knobText = ({ knobFlag, knobChosen, result }: EngineRow) => {
    const note = result.knobIsDefault
      ? knobChosen
        ? t('compare.auto')
        : t('compare.default')
      : null;
    return `${knobFlag} ${formatPlain(result.knob, locale)}${note ? ` (${note})` : ''}`;
  };

  return (
    <div className="mt-2 space-y-3" data-testid="engine-comparison">
      <p className="text-sm text-slate-600 dark:text-slate-300">{t('compare.intro')}</p>
      <ul className="grid gap-3 sm:grid-cols-2 2xl:grid-cols-3" aria-label={t('compare.heading')}>
        {engines.map((row) => {
          const { result } = row;
          const figures = [
            [
              'compare.kv',
              result.problem ? t(`compare.problem.${result.problem}`) : gib(result.kvCachePerGpu),
              'kv',
            ],
            ['compare.tokens', result.problem ? '—' : formatCount(result.tokens, locale), 'tokens'],
            ['compare.weights', gib(result.weightsPerGpu), null],
            [
              'compare.activations',
              result.activations === null ? '—' : gib(result.activations),
              null,
            ],
          ] as const;
          return (
            <li
              key={row.id}
              className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700"
              data-testid={`compare-${row.id}`}
              data-engine-row
            >
              <h3 className="font-semibold">
                {row.name}
                {row.releases && (
                  <span className="font-normal text-slate-600 dark:text-slate-400">
                    {' '}
                    {row.releases}
                  </span>
                )}
              </h3>
              <p className="font-mono text-xs break-words text-slate-600 dark:text-slate-400">
                {knobText(row)}
              </p>
              <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1">
                {figures.map(([label, value, testId]) => (
                  <div key={label}>
                    <dt className="text-xs text-slate-600 dark:text-slate-400">{t(label)}</dt>
                    <dd
                      className="font-mono font-semibold tabular-nums"
                      data-testid={testId ? `compare-${row.id}-${testId}` : undefined}
                    >
                      {value}
                    </dd>
                  </div>
                ))}
              </dl>
              <p className="mt-2 text-xs">
                {t(`compare.rules.${row.id}`)}{' '}
                <code className="break-all text-slate-600 dark:text-slate-400">{row.source}</code>
              </p>
            </li>
          );
        })}
      </ul>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="text-sm font-medium">{t('compare.knobs')}</legend>
        {PEER_ENGINE_IDS.map((engine) => (
          <InputControl key={engine} inputKey={engine} />
        ))}
      </fieldset>
      {engines.map((row) => (
        <div key={row.id}>
          <p className="text-sm font-medium">{t('compare.commandFor', { engine: row.name })}</p>
          <CommandBlock lines={row.command} testId={`compare-${row.id}-command`} />
        </div>
      ))}
    </div>
  );
}
