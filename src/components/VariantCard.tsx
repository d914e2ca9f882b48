import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LMDEPLOY_VERSIONS,
  usedPerGpu,
  type EngineVersion,
  type TpFinding,
  type Variant,
  type VariantMemory,
} from '../model';
import { formatGiB, formatPlain } from '../lib/format';
import { useScenarioView } from '../state/derived';
import { MemoryChart } from './MemoryChart';
import { MemoryTable } from './MemoryTable';
import { RefusalText } from './RefusalText';
import { CARD_CLASS } from './controls';

function ProblemNotice({ variant, memory }: { variant: Variant; memory: VariantMemory }) {
  const { t, i18n } = useTranslation();
  const { tp } = useScenarioView();
  const gib = (value: number) => formatGiB(value, i18n.language);
  const first = memory.gpus[0]?.segments;
  const message = (() => {
    switch (memory.problem) {
      case 'weights':
        return t('problem.weights', {
          need: gib(tp.gpuMemory + memory.shortfall),
          over: gib(memory.shortfall),
        });
      case 'ratio':
        return t(
          LMDEPLOY_VERSIONS[memory.version].ratioBase === 'session-entries'
            ? 'problem.ratioEntries'
            : 'problem.ratioShare',
          { lambda: formatPlain(tp.cacheMaxEntryCount, i18n.language) },
        );
      case 'cache':
        return memory.shortfall > 0
          ? t('problem.cache', { kv: gib(first?.kv ?? 0), free: gib(memory.freeAfterLoad) })
          : t('problem.cacheFew');
      case 'buffers':
        return t('problem.buffers', {
          left: gib(memory.freeAfterLoad - (first?.kv ?? 0)),
          buffers: gib(first?.buffers ?? 0),
        });
      case null:
        return null;
    }
  })();
  if (message === null) return null;
  return (
    <div
      role="alert"
      data-testid={`${variant}-oom`}
      data-problem={memory.problem}
      className="mt-3 rounded-md border border-red-500 bg-red-50 p-2 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
    >
      <strong>{t('chart.oomTitle')}.</strong> {message}
    </div>
  );
}

/** A version that refuses this TP degree for the model's heads says so on its own card. */
function RefusedNotice({ variant }: { variant: Variant }) {
  const { plans } = useScenarioView();
  const refusals = plans[variant].findings.filter(
    (finding): finding is Exclude<TpFinding, { kind: 'kv-heads-replicated' }> =>
      finding.kind !== 'kv-heads-replicated',
  );
  if (refusals.length === 0) return null;
  return (
    <ul
      role="alert"
      data-testid={`${variant}-refused`}
      className="mt-3 space-y-1 rounded-md border border-red-500 bg-red-50 p-2 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
    >
      {refusals.map((finding) => (
        <li key={finding.kind}>
          <RefusalText finding={finding} />
        </li>
      ))}
    </ul>
  );
}

/** The version's name and rule: the same for every input of a drag, so skipped during one. */
const CardHeading = memo(function CardHeading({
  variant,
  version,
  title,
}: {
  variant: Variant;
  version: EngineVersion;
  title: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <h2 id={`${variant}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-300" data-testid={`${variant}-rule`}>
        {t(`version.${version}.rule`)}{' '}
        <span className="text-xs">
          {t('version.source')}:{' '}
          <code className="break-all">{LMDEPLOY_VERSIONS[version].source}</code>
        </span>
      </p>
    </>
  );
});

export function VariantCard({ variant }: { variant: Variant }) {
  const { t, i18n } = useTranslation();
  const { comparison, versions } = useScenarioView();
  const memory = comparison[variant];
  const version = versions[variant];
  const gib = (value: number) => formatGiB(value, i18n.language);
  const title = t(`version.${version}.title`);
  const wasted = memory.fits ? memory.gpus.reduce((sum, gpu) => sum + gpu.segments.stranded, 0) : 0;

  const figures = [
    ['chart.weightsPerGpu', memory.weightsPerGpu, 'weights-per-gpu'],
    ['chart.kvPerGpu', memory.kvCachePerGpu, 'kv-per-gpu'],
    ['chart.usedPerGpu', usedPerGpu(memory), 'used-per-gpu'],
  ] as const;

  return (
    <section
      id={`variant-${variant}`}
      aria-labelledby={`${variant}-title`}
      data-testid={`variant-${variant}`}
      data-fits={memory.fits}
      data-version={version}
      className={`min-w-0 ${CARD_CLASS}`}
    >
      <CardHeading variant={variant} version={version} title={title} />
      <RefusedNotice variant={variant} />
      <ProblemNotice variant={variant} memory={memory} />
      <MemoryChart variant={variant} />
      <dl className="mt-2 grid grid-cols-3 gap-2 text-center text-sm">
        {figures.map(([labelKey, value, testId]) => (
          <div key={labelKey} className="rounded-md bg-slate-100 px-1 py-1.5 dark:bg-slate-800">
            <dt className="text-xs text-slate-600 dark:text-slate-300">{t(labelKey)}</dt>
            <dd
              className="font-mono font-semibold tabular-nums"
              data-testid={`${variant}-${testId}`}
            >
              {gib(value)} GiB
            </dd>
          </div>
        ))}
      </dl>
      {wasted > 0.005 && (
        <p
          className="mt-2 text-sm text-rose-900 dark:text-rose-200"
          data-testid={`${variant}-wasted`}
        >
          {t('used.wasted', { wasted: gib(wasted) })}
        </p>
      )}
      <MemoryTable variant={variant} title={title} />
    </section>
  );
}
