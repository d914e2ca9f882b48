import { useTranslation } from 'react-i18next';
import { INPUTS } from '../../inputs/definitions';
import { formatCount, formatPlain } from '../../lib/format';
import { VARIANTS } from '../../model';
import { useSettledView } from '../../state/views';
import { setInput } from '../../state/scenario-store';

export function PlanFigures() {
  const { t, i18n } = useTranslation();
  const { plans, inputs, versions } = useSettledView();
  const locale = i18n.language;
  const applyButton = (onClick: () => void, testId: string) => (
    <button
      type="button"
      className="ml-2 rounded border border-slate-300 px-1.5 text-xs dark:border-slate-600"
      onClick={onClick}
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
          const { smallestRatio, fewestGpus } = plans[variant];
          return (
            <div key={variant} className="rounded-md bg-slate-100 p-2 dark:bg-slate-800">
              <dt className="font-medium">{t(`version.${versions[variant]}.title`)}</dt>
              <dd data-testid={`${variant}-smallest-ratio`}>
                {t('plan.smallestRatio')}:{' '}
                <span className="font-mono">
                  {smallestRatio === null
                    ? t('plan.unreachable')
                    : formatPlain(smallestRatio, locale)}
                </span>
                {smallestRatio !== null &&
                  applyButton(() => {
                    setInput('lambda', smallestRatio);
                  }, `${variant}-apply-ratio`)}
              </dd>
              <dd data-testid={`${variant}-fewest-gpus`}>
                {t('plan.fewestGpus', { lambda: formatPlain(inputs.lambda, locale) })}:{' '}
                <span className="font-mono">
                  {fewestGpus === null ? t('plan.moreThan', { max: INPUTS.P.max }) : fewestGpus}
                </span>
                {fewestGpus !== null &&
                  applyButton(() => {
                    setInput('P', fewestGpus);
                  }, `${variant}-apply-gpus`)}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
