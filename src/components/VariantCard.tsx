import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { usedPerGpu, type Variant } from '../model';
import { formatGiB } from '../lib/format';
import { useScenarioView } from '../state/derived';
import { CHART_HEIGHT } from './chart-size';
import { MemoryTable } from './MemoryTable';
import { CARD_CLASS } from './controls';

// The charting library is most of the bundle; the numbers render first and the charts follow
// as soon as their chunk arrives, in space already reserved for them.
const MemoryChart = lazy(() => import('./MemoryChart'));

export function VariantCard({ variant }: { variant: Variant }) {
  const { t, i18n } = useTranslation();
  const { tp: scenario, comparison } = useScenarioView();
  const memory = comparison[variant];
  const gib = (value: number) => formatGiB(value, i18n.language);
  const title = t(`variant.${variant}.title`);

  const figures = [
    ['chart.weightsPerGpu', memory.weightsPerGpu, 'weights-per-gpu'],
    ['chart.kvPerGpu', memory.kvCachePerGpu, 'kv-per-gpu'],
    ['chart.usedPerGpu', usedPerGpu(memory, scenario), 'used-per-gpu'],
  ] as const;

  return (
    <section
      id={`variant-${variant}`}
      aria-labelledby={`${variant}-title`}
      data-testid={`variant-${variant}`}
      data-fits={memory.fits}
      className={`min-w-0 ${CARD_CLASS}`}
    >
      <h2 id={`${variant}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {t(`variant.${variant}.subtitle`)}
      </p>
      {!memory.fits && (
        <div
          role="alert"
          data-testid={`${variant}-oom`}
          className="mt-3 rounded-md border border-red-500 bg-red-50 p-2 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
        >
          <strong>{t('chart.oomTitle')}.</strong>{' '}
          {t('chart.oomBody', {
            need: gib(memory.weightsPerGpu + scenario.overhead),
            over: gib(memory.shortfall),
          })}
        </div>
      )}
      <Suspense
        fallback={<div className="mt-3" style={{ height: CHART_HEIGHT }} aria-hidden="true" />}
      >
        <MemoryChart variant={variant} />
      </Suspense>
      <dl className="mt-2 grid grid-cols-3 gap-2 text-center text-sm">
        {figures.map(([labelKey, value, testId]) => (
          <div key={labelKey} className="rounded-md bg-slate-100 px-1 py-1.5 dark:bg-slate-800">
            <dt className="text-xs text-slate-600 dark:text-slate-300">{t(labelKey)}</dt>
            <dd
              className="font-mono font-semibold tabular-nums"
              data-testid={`${variant}-${testId}`}
            >
              {gib(value)} GiB
            </dd>
          </div>
        ))}
      </dl>
      <MemoryTable variant={variant} title={title} />
    </section>
  );
}
