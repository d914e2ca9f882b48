import { useTranslation } from 'react-i18next';
import { formatCount, formatGiB } from '../../lib/format';
import { VARIANTS, type Variant } from '../../model';
import { useSettledView } from '../../state/views';

/** The scenario in words, each step with both charts' live numbers in place. */
export default function ExplainPanel() {
  const { t, i18n } = useTranslation();
  const view = useSettledView();
  const { comparison, versions, variants, formulas, totalShare } = view;
  const locale = i18n.language;
  const gib = (value: number) => formatGiB(value, locale);

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
        t(variants[variant].vocabReplicated ? 'explain.weightsShared' : 'explain.weightsSplit', {
          value: gib(comparison[variant].weightsPerGpu),
        }),
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
        fitting(variant, () =>
          t('explain.kvLine', {
            formula: formulas[variant].short,
            value: gib(comparison[variant].kvCachePerGpu),
            tokens: formatCount(comparison[variant].tokens, locale),
          }),
        ),
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
  if (totalShare) {
    steps.push([
      t('explain.total'),
      t('explain.totalBody', {
        value: gib(totalShare.cache),
        need: gib(totalShare.need),
        T: gib(view.tp.gpuMemory),
      }),
    ]);
  }
  if (view.pairKind === 'sharding' && comparison.pre.fits) {
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
