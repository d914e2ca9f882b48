import { useTranslation } from 'react-i18next';
import { compareVariants, usedPerGpu } from '../model';
import { formatGiB, formatPercent } from '../lib/format';
import { useScenarioView } from '../state/derived';
import { KvFormulas } from './KvFormulas';
import { CARD_CLASS } from './controls';

export function Summary() {
  const { t, i18n } = useTranslation();
  const { tp: scenario, comparison } = useScenarioView();
  const locale = i18n.language;
  const gib = (value: number) => `${formatGiB(value, locale)} GiB`;
  const lambda = scenario.cacheMaxEntryCount;
  const single = compareVariants({ ...scenario, tpDegree: 1 }).post;

  const facts = [
    ['summary.freed', 'summary.freedFormula', comparison.freedPerGpu, 'freed-per-gpu'],
    [
      'summary.extraKv',
      'summary.extraKvFormula',
      comparison.extraKvCachePerGpu,
      'extra-kv-per-gpu',
    ],
    [
      'summary.duplicated',
      'summary.duplicatedFormula',
      comparison.duplicatedAcrossGroup,
      'duplicated',
    ],
  ] as const;

  return (
    <section id="summary" aria-labelledby="summary-title" className={CARD_CLASS}>
      <h2 id="summary-title" className="text-lg font-semibold">
        {t('summary.heading')}
      </h2>
      <dl className="mt-2 grid gap-2 sm:grid-cols-3">
        {facts.map(([labelKey, formulaKey, value, testId]) => (
          <div key={labelKey} className="rounded-md bg-slate-100 p-2 dark:bg-slate-800">
            <dt className="text-sm">
              {t(labelKey)}{' '}
              <span className="font-mono text-xs text-slate-600 dark:text-slate-400">
                = {t(formulaKey)}
              </span>
            </dt>
            <dd
              className="font-mono text-lg font-semibold tabular-nums"
              data-testid={`summary-${testId}`}
            >
              {gib(value)}
            </dd>
            {testId === 'extra-kv-per-gpu' && !comparison.pre.fits && comparison.post.fits && (
              <dd className="text-xs">{t('summary.extraKvNoPre')}</dd>
            )}
          </div>
        ))}
      </dl>
      <KvFormulas />
      <h3 className="mt-4 font-semibold">{t('summary.usedHeading')}</h3>
      <p className="text-sm">
        {t('summary.usedBody', {
          lambda,
          lambdaPercent: formatPercent(lambda, locale),
          restPercent: formatPercent(1 - lambda, locale),
        })}{' '}
        {single.fits
          ? t('summary.usedAtOne', {
              used: formatGiB(usedPerGpu(single, { ...scenario, tpDegree: 1 }), locale),
            })
          : t('summary.usedAtOneOom')}{' '}
        {comparison.post.fits &&
          t('summary.usedAtP', {
            P: scenario.tpDegree,
            used: formatGiB(usedPerGpu(comparison.post, scenario), locale),
          })}
      </p>
    </section>
  );
}
