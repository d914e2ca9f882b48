import { useTranslation } from 'react-i18next';
import { INPUTS } from '../../inputs/definitions';
import { formatCount, formatGiB, formatPlain } from '../../lib/format';
import { VARIANTS } from '../../model';
import { useSettledView } from '../../state/views';
import { setInput } from '../../state/scenario-store';
import { LAZY_CHUNKS } from '../../chunks';
import { LazyChunk } from '../shared/LazyChunk';

export function PlanFigures() {
  const { t, i18n } = useTranslation();
  const { plans, inputs, versions, variants, runtimeGrowth } = useSettledView();
  const locale = i18n.language;
  const applyButton = (onClick: () => void, label: string, testId: string) => (
    <button
      type="button"
      className="ml-2 rounded border border-slate-300 px-1.5 text-xs dark:border-slate-600"
      onClick={onClick}
      aria-label={label}
      data-testid={testId}
    >
      {t('plan.apply')}
    </button>
  );
  return (
    <div className="print-hide mt-4">
      <h3 className="font-semibold">
        {t('plan.heading', {
          n: formatCount(inputs.n, locale),
          len: formatCount(inputs.len, locale),
        })}
      </h3>
      <dl className="mt-1 grid gap-2 text-sm sm:grid-cols-2">
        {VARIANTS.map((variant) => {
          const { smallestRatio, smallestRatioUnsafe, fewestGpus, safeRatio } = plans[variant];
          const title = t(`version.${versions[variant]}.title`);
          const need = (variants[variant].memory.gpus[0]?.segments.buffers ?? 0) + runtimeGrowth;
          const use = (value: number, what: string) =>
            t('plan.useFor', { value: formatPlain(value, locale), what, title });
          return (
            <div key={variant} className="rounded-md bg-slate-100 p-2 dark:bg-slate-800">
              <dt className="font-medium">{title}</dt>
              <dd data-testid={`${variant}-safe-ratio-plan`}>
                {t('plan.safeRatio')}:{' '}
                <span className="font-mono">
                  {safeRatio === null
                    ? t('plan.noSafeRatio')
                    : formatPlain(safeRatio.ratio, locale)}
                </span>
                {safeRatio && (
                  <>
                    {' '}
                    <span className="text-xs">
                      (
                      {t('plan.safeNeed', {
                        need: `${formatGiB(need, locale)} GiB`,
                        sessions: formatCount(safeRatio.capacity.sessions, locale),
                      })}
                      )
                    </span>
                    {applyButton(
                      () => {
                        setInput('lambda', safeRatio.ratio);
                      },
                      use(safeRatio.ratio, t('plan.safeRatio')),
                      `${variant}-apply-safe-ratio`,
                    )}
                  </>
                )}
              </dd>
              <dd data-testid={`${variant}-smallest-ratio`}>
                {t('plan.smallestRatio')}:{' '}
                <span className="font-mono">
                  {smallestRatio === null
                    ? t('plan.unreachable')
                    : formatPlain(smallestRatio, locale)}
                </span>
                {smallestRatio !== null &&
                  applyButton(
                    () => {
                      setInput('lambda', smallestRatio);
                    },
                    use(smallestRatio, t('plan.smallestRatio')),
                    `${variant}-apply-ratio`,
                  )}
                {smallestRatioUnsafe && (
                  <span
                    className="mt-1 block text-xs text-amber-900 dark:text-amber-200"
                    data-testid={`${variant}-smallest-unsafe`}
                  >
                    {t('plan.unsafe', { need: `${formatGiB(need, locale)} GiB` })}
                  </span>
                )}
              </dd>
              <dd data-testid={`${variant}-fewest-gpus`}>
                {t('plan.fewestGpus', { lambda: formatPlain(inputs.lambda, locale) })}:{' '}
                <span className="font-mono">
                  {fewestGpus === null ? t('plan.moreThan', { max: INPUTS.P.max }) : fewestGpus}
                </span>
                {fewestGpus !== null &&
                  applyButton(
                    () => {
                      setInput('P', fewestGpus);
                    },
                    use(
                      fewestGpus,
                      t('plan.fewestGpus', { lambda: formatPlain(inputs.lambda, locale) }),
                    ),
                    `${variant}-apply-gpus`,
                  )}
              </dd>
            </div>
          );
        })}
      </dl>
      <LazyChunk
        load={LAZY_CHUNKS.lambdaCurve}
        anchor="capacity"
        whenNear
        placeholder={<div className="mt-3 h-64" aria-hidden="true" />}
      />
    </div>
  );
}
