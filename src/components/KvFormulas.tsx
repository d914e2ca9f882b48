import { useTranslation } from 'react-i18next';
import {
  LMDEPLOY_VERSIONS,
  VARIANTS,
  type EngineVersion,
  type TpScenario,
  type VariantMemory,
} from '../model';
import { formatGiB, formatPlain } from '../lib/format';
import { useSettledView } from '../state/derived';

/** The version's formula with this scenario's numbers in place of the symbols. */
function substituted(
  version: EngineVersion,
  memory: VariantMemory,
  scenario: TpScenario,
  locale: string,
): [string, string] {
  const n = (value: number) => formatPlain(value, locale);
  const rules = LMDEPLOY_VERSIONS[version];
  const { gpuMemory: T, modelWeights: S, vocabLayers: E, tpDegree: P, overhead: O } = scenario;
  const lambda = scenario.cacheMaxEntryCount;
  if (rules.ratioBase === 'session-entries') {
    return [
      'λ × session_len × bytes/token',
      `${n(Math.floor(lambda))} × ${n(scenario.sessionLength)} × ${n(scenario.kvBytesPerToken)} B`,
    ];
  }
  if (lambda >= 1) {
    return ['λ blocks × block_bytes', `${n(Math.floor(lambda))} × ${n(memory.blockBytes)} B`];
  }
  if (rules.ratioBase === 'total') return ['λ × T', `${n(lambda)} × ${n(T)}`];
  const others = Math.max(0, ...scenario.usedByOthers.slice(0, P));
  const otherSymbol = others > 0 ? ' − max X' : '';
  const otherValue = others > 0 ? ` − ${n(others)}` : '';
  const overheadSymbol = O > 0 ? ' − O' : '';
  const overheadValue = O > 0 ? ` − ${n(O)}` : '';
  const weights = rules.vocabSharded
    ? ['S/P', `${n(S)}/${n(P)}`]
    : ['((S − E)/P + E)', `((${n(S)} − ${n(E)})/${n(P)} + ${n(E)})`];
  const reserve = rules.reserve ? [' − R', ` − ${n(memory.reserve)}`] : ['', ''];
  return [
    `λ × (T${otherSymbol}${overheadSymbol} − ${weights[0]}${reserve[0]})`,
    `${n(lambda)} × (${n(T)}${otherValue}${overheadValue} − ${weights[1]}${reserve[1]})`,
  ];
}

export function KvFormulas() {
  const { t, i18n } = useTranslation();
  const { tp: scenario, comparison, versions } = useSettledView();
  return (
    <>
      <h3 className="mt-4 font-semibold">{t('summary.formulaHeading')}</h3>
      <ul className="mt-1 space-y-1 text-sm">
        {VARIANTS.map((variant) => {
          const memory = comparison[variant];
          const [symbols, numbers] = substituted(
            versions[variant],
            memory,
            scenario,
            i18n.language,
          );
          return (
            <li key={variant}>
              <span className="font-medium">{t(`version.${versions[variant]}.title`)}:</span>{' '}
              <code className="font-mono break-words" data-testid={`${variant}-formula`}>
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
