import { useTranslation } from 'react-i18next';
import { formatGiB, formatPercent } from '../../lib/format';
import { useSettledView } from '../../state/views';
import { KvFormulas } from './KvFormulas';
import { CARD_CLASS } from '../shared/controls';

export function Summary() {
  const { t, i18n } = useTranslation();
  const view = useSettledView();
  const { tp: scenario, comparison, versions, usedAtOneGpu } = view;
  const locale = i18n.language;
  const gib = (value: number) => `${formatGiB(value, locale)} GiB`;
  const lambda = scenario.cacheMaxEntryCount;
  // The sharding formulas hold only when the pair differs in that one rule.
  const shardingPair = view.pairKind === 'sharding';

  const facts = [
    shardingPair
      ? ([
          'summary.freed',
          'summary.freedFormula',
          comparison.freedPerGpu,
          'freed-per-gpu',
        ] as const)
      : ([
          'summary.freedGeneric',
          'summary.freedGenericFormula',
          comparison.freedPerGpu,
          'freed-per-gpu',
        ] as const),
    shardingPair
      ? ([
          'summary.extraKv',
          'summary.extraKvFormula',
          comparison.extraKvCachePerGpu,
          'extra-kv-per-gpu',
        ] as const)
      : ([
          'summary.extraKvGeneric',
          'summary.extraKvGenericFormula',
          comparison.extraKvCachePerGpu,
          'extra-kv-per-gpu',
        ] as const),
    [
      'summary.duplicated',
      'summary.duplicatedFormula',
      comparison.duplicatedAcrossGroup,
      'duplicated',
    ] as const,
  ];

  return (
    <section id="summary" aria-labelledby="summary-title" className={CARD_CLASS}>
      <h2 id="summary-title" className="text-lg font-semibold">
        {t(shardingPair ? 'summary.heading' : 'summary.headingPair')}
      </h2>
      <dl className="mt-2 grid gap-2 sm:grid-cols-3">
        {facts.map(([labelKey, formulaKey, value, testId]) => (
          <div key={testId} className="rounded-md bg-slate-100 p-2 dark:bg-slate-800">
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
      {lambda < 1 && (
        <>
          <h3 className="mt-4 font-semibold">{t('summary.usedHeading')}</h3>
          <p className="text-sm">
            {t('summary.usedBody', {
              lambda,
              lambdaPercent: formatPercent(lambda, locale),
              restPercent: formatPercent(1 - lambda, locale),
            })}{' '}
            {usedAtOneGpu === null
              ? t('summary.usedAtOneOom')
              : t('summary.usedAtOne', { used: formatGiB(usedAtOneGpu, locale) })}{' '}
            {comparison.post.fits &&
              t('summary.usedAtP', {
                P: scenario.tpDegree,
                version: t(`version.${versions.post}.title`),
                used: formatGiB(view.variants.post.usedPerGpu, locale),
              })}
          </p>
        </>
      )}
    </section>
  );
}
