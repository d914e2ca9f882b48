import { useTranslation } from 'react-i18next';
import { formatCount, formatGiB, formatPlain } from '../../lib/format';
import { PEER_ENGINE_IDS } from '../../model';
import type { EngineRow } from '../../results/engine-rows';
import { useSettledView } from '../../state/views';
import { ComparisonChart } from '../charts/ComparisonChart';
import { InputControl } from '../inputs/InputControl';
import { CommandBlock } from './CommandBlock';

const signed = (value: number, text: string) => `${value > 0 ? '+' : value < 0 ? '−' : ''}${text}`;

/** Loaded on demand: the charts' two release lines beside every other engine in the registry. */
export default function EngineComparison() {
  const { t, i18n } = useTranslation();
  const { engines, versions, sizes } = useSettledView();
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
  const label = (row: EngineRow) =>
    row.variant
      ? t(`compare.chartRow.${row.variant}`, {
          version: t(`version.${versions[row.variant]}.title`),
        })
      : row.name;
  const knobOf = (id: string) => engines.find((row) => row.id === id)?.result.knob;

  return (
    <div className="mt-2 space-y-3" data-testid="engine-comparison">
      <p className="text-sm text-slate-600 dark:text-slate-300">{t('compare.intro')}</p>
      {sizes === 'manual' && (
        <p
          className="rounded-md bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50"
          data-testid="compare-manual-sizes"
        >
          {t('compare.manualSizes')}
        </p>
      )}
      <ComparisonChart
        rows={engines}
        label={(row) => (row.variant ? t(`compare.chartAxis.${row.variant}`) : row.name)}
      />
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
                {label(row)}
                {!row.variant && row.releases && (
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
                {figures.map(([figure, value, testId]) => (
                  <div key={figure}>
                    <dt className="text-xs text-slate-600 dark:text-slate-400">{t(figure)}</dt>
                    <dd
                      className="font-mono font-semibold tabular-nums"
                      data-testid={testId ? `compare-${row.id}-${testId}` : undefined}
                    >
                      {value}
                    </dd>
                  </div>
                ))}
              </dl>
              {row.versusRight && (
                <p className="mt-2 text-xs" data-testid={`compare-${row.id}-versus`}>
                  {t('compare.versusRight', {
                    kv: signed(row.versusRight.kv, gib(Math.abs(row.versusRight.kv))),
                    sessions: signed(
                      row.versusRight.sessions,
                      formatCount(Math.abs(row.versusRight.sessions), locale),
                    ),
                  })}
                </p>
              )}
              <p className="mt-2 text-xs">
                {t(`compare.rules.${row.rule}`)}{' '}
                <code className="break-all text-slate-600 dark:text-slate-400">{row.source}</code>
              </p>
            </li>
          );
        })}
      </ul>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="text-sm font-medium">{t('compare.knobs')}</legend>
        {PEER_ENGINE_IDS.map((engine) => (
          <InputControl key={engine} inputKey={engine} zeroMeans={knobOf(engine)} />
        ))}
      </fieldset>
      {engines.map((row) => (
        <div key={row.id}>
          <p className="text-sm font-medium">{t('compare.commandFor', { engine: label(row) })}</p>
          <CommandBlock
            lines={row.command}
            testId={`compare-${row.id}-command`}
            label={t('compare.copyFor', { engine: label(row) })}
          />
        </div>
      ))}
    </div>
  );
}
