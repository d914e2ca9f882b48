import { useTranslation } from 'react-i18next';
import { VARIANTS, type TpScenario, type Variant } from '../model';
import { formatGiB, formatPlain } from '../lib/format';
import { useScenarioView } from '../state/derived';

/** The documented formula with this scenario's numbers in place of the symbols. */
function substituted(variant: Variant, scenario: TpScenario, locale: string): [string, string] {
  const n = (value: number) => formatPlain(value, locale);
  const { gpuMemory: T, modelWeights: S, vocabLayers: E, tpDegree: P, overhead: O } = scenario;
  const overheadSymbol = O > 0 ? ' − O' : '';
  const overheadValue = O > 0 ? ` − ${n(O)}` : '';
  const weights =
    variant === 'post'
      ? ['S/P', `${n(S)}/${n(P)}`]
      : ['(S − E)/P − E', `(${n(S)} − ${n(E)})/${n(P)} − ${n(E)}`];
  return [
    `λ × (T${overheadSymbol} − ${weights[0]})`,
    `${n(scenario.cacheMaxEntryCount)} × (${n(T)}${overheadValue} − ${weights[1]})`,
  ];
}

export function KvFormulas() {
  const { t, i18n } = useTranslation();
  const { tp: scenario, comparison } = useScenarioView();
  return (
    <>
      <h3 className="mt-4 font-semibold">{t('summary.formulaHeading')}</h3>
      <ul className="mt-1 space-y-1 text-sm">
        {VARIANTS.map((variant) => {
          const [symbols, numbers] = substituted(variant, scenario, i18n.language);
          const memory = comparison[variant];
          return (
            <li key={variant} className="overflow-x-auto">
              <span className="font-medium">{t(`variant.${variant}.title`)}:</span>{' '}
              <code className="font-mono whitespace-nowrap" data-testid={`${variant}-formula`}>
                {symbols} = {numbers} ={' '}
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
