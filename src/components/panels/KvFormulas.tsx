import { useTranslation } from 'react-i18next';
import { formatGiB, formatPlain } from '../../lib/format';
import { formulaText, VARIANTS } from '../../model';
import { useSettledView } from '../../state/views';

/** Each chart's KV formula, in symbols and with this scenario's numbers. */
export function KvFormulas() {
  const { t, i18n } = useTranslation();
  const { formulas, comparison, versions } = useSettledView();
  const number = (value: number) => formatPlain(value, i18n.language);
  return (
    <>
      <h3 className="mt-4 font-semibold">{t('summary.formulaHeading')}</h3>
      <ul className="mt-1 space-y-1 text-sm">
        {VARIANTS.map((variant) => {
          const memory = comparison[variant];
          const formula = formulas[variant];
          return (
            <li key={variant}>
              <span className="font-medium">{t(`version.${versions[variant]}.title`)}:</span>{' '}
              <code className="font-mono break-words" data-testid={`${variant}-formula`}>
                {formula.symbols} = {formulaText(formula.numbers, number)} ={' '}
                {memory.fits
                  ? `${formatGiB(memory.kvCachePerGpu, i18n.language)} GiB`
                  : t('summary.doesNotFit')}
              </code>
            </li>
          );
        })}
      </ul>
    </>
  );
}
