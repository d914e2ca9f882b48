import { useTranslation } from 'react-i18next';
import { formatCount, formatGiB, formatPlain } from '../lib/format';
import { useScenarioView } from '../state/derived';

/** The scenario in words, each step with the live numbers in place. */
export function ExplainPanel() {
  const { t, i18n } = useTranslation();
  const { tp, comparison, plans } = useScenarioView();
  const locale = i18n.language;
  const gib = (value: number) => formatGiB(value, locale);
  const { pre, post } = comparison;
  const fitsOr = (fits: boolean, value: number) => (fits ? gib(value) : t('explain.doesNotFit'));
  const totalShareCache = tp.cacheMaxEntryCount * tp.gpuMemory;

  const steps: [string, string][] = [
    [
      t('explain.weights'),
      `${t('explain.weightsPre', { value: gib(pre.weightsPerGpu) })} ${t('explain.weightsPost', { value: gib(post.weightsPerGpu) })}`,
    ],
    [
      t('explain.free'),
      t('explain.freeBody', { pre: gib(pre.freeAfterLoad), post: gib(post.freeAfterLoad) }),
    ],
    [
      t('explain.kv'),
      t('explain.kvBody', {
        lambda: formatPlain(tp.cacheMaxEntryCount, locale),
        pre: fitsOr(pre.fits, pre.kvCachePerGpu),
        post: fitsOr(post.fits, post.kvCachePerGpu),
        tokensPre: formatCount(plans.pre.capacity.tokens, locale),
        tokensPost: formatCount(plans.post.capacity.tokens, locale),
      }),
    ],
    [
      t('explain.headroom'),
      t('explain.headroomBody', {
        pre: fitsOr(pre.fits, pre.freeAfterLoad - pre.kvCachePerGpu),
        post: fitsOr(post.fits, post.freeAfterLoad - post.kvCachePerGpu),
      }),
    ],
    [
      t('explain.total'),
      t('explain.totalBody', {
        value: gib(totalShareCache),
        need: gib(post.weightsPerGpu + tp.overhead + totalShareCache),
        T: gib(tp.gpuMemory),
      }),
    ],
    [
      t('explain.why'),
      t('explain.whyBody', {
        freed: gib(comparison.freedPerGpu),
        extra: gib(comparison.extraKvCachePerGpu),
      }),
    ],
  ];

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
