import { useTranslation } from 'react-i18next';
import { formatCount, formatGiB } from '../lib/format';
import { LMDEPLOY_VERSIONS, VARIANTS, type Variant } from '../model';
import { useSettledView } from '../state/derived';

const KV_FORMULA = {
  'session-entries': 'λ × session_len × bytes',
  total: 'λ × T',
  free: 'λ × F',
  'free-less-reserve': 'λ × (F − R)',
} as const;

/** The scenario in words, each step with both charts' live numbers in place. */
export default function ExplainPanel() {
  const { t, i18n } = useTranslation();
  const { tp, comparison, versions } = useSettledView();
  const locale = i18n.language;
  const gib = (value: number) => formatGiB(value, locale);
  const { pre, post } = comparison;
  const totalShareCache = tp.cacheMaxEntryCount * tp.gpuMemory;
  const shardingPair =
    !LMDEPLOY_VERSIONS[versions.pre].vocabSharded && LMDEPLOY_VERSIONS[versions.post].vocabSharded;

  const perChart = (line: (variant: Variant) => string) =>
    VARIANTS.map((variant) => `${t(`version.${versions[variant]}.title`)}: ${line(variant)}.`).join(
      ' ',
    );
  const fitting = (variant: Variant, line: () => string) =>
    comparison[variant].fits ? line() : t('explain.doesNotFit');

  const steps: [string, string][] = [
    [
      t('explain.weights'),
      perChart((variant) =>
        t(
          LMDEPLOY_VERSIONS[versions[variant]].vocabSharded
            ? 'explain.weightsSplit'
            : 'explain.weightsShared',
          { value: gib(comparison[variant].weightsPerGpu) },
        ),
      ),
    ],
    [
      t('explain.free'),
      perChart((variant) =>
        t('explain.freeLine', { value: gib(comparison[variant].freeAfterLoad) }),
      ),
    ],
    [
      t('explain.kv'),
      perChart((variant) =>
        fitting(variant, () => {
          const memory = comparison[variant];
          const rules = LMDEPLOY_VERSIONS[versions[variant]];
          const formula =
            tp.cacheMaxEntryCount >= 1 && rules.blockCountAboveOne
              ? 'λ × block_bytes'
              : KV_FORMULA[rules.ratioBase];
          return t('explain.kvLine', {
            formula,
            value: gib(memory.kvCachePerGpu),
            tokens: formatCount(memory.tokens, locale),
          });
        }),
      ),
    ],
    [
      t('explain.headroom'),
      perChart((variant) =>
        fitting(variant, () =>
          t('explain.headroomLine', {
            value: gib(comparison[variant].gpus[0]?.segments.headroom ?? 0),
          }),
        ),
      ),
    ],
  ];
  if (tp.cacheMaxEntryCount < 1) {
    steps.push([
      t('explain.total'),
      t('explain.totalBody', {
        value: gib(totalShareCache),
        need: gib(post.weightsPerGpu + tp.overhead + totalShareCache),
        T: gib(tp.gpuMemory),
      }),
    ]);
  }
  if (shardingPair && pre.fits) {
    steps.push([
      t('explain.why'),
      t('explain.whyBody', {
        freed: gib(comparison.freedPerGpu),
        extra: gib(comparison.extraKvCachePerGpu),
      }),
    ]);
  }

  return (
    <ol className="mt-2 list-decimal space-y-2 pl-5 text-sm" data-testid="explain-steps">
      {steps.map(([title, body]) => (
        <li key={title}>
          <span className="font-semibold">{title}.</span> {body}
        </li>
      ))}
    </ol>
  );
}
