import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngineVersion, ProblemFacts, Variant, VersionFinding } from '../../model';
import { formatGiB, formatPlain } from '../../lib/format';
import type { VariantView } from '../../results/drag-view';
import { useDragView } from '../../state/views';
import { RefusalText, type Refusal } from '../panels/RefusalText';
import { CARD_CLASS } from '../shared/controls';
import { LiveText } from '../shared/LiveText';
import { MemoryChart } from './MemoryChart';
import { MemoryTable } from './MemoryTable';
import { TpChoices } from './TpChoices';

const ALERT_CLASS =
  'mt-3 rounded-md border border-red-500 bg-red-50 p-2 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100';

function ProblemNotice({
  variant,
  problem,
  children,
}: {
  variant: Variant;
  problem: ProblemFacts;
  children: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const lambda = useDragView((view) => view.tp.cacheMaxEntryCount);
  const gib = (value: number) => formatGiB(value, i18n.language);
  const message = (() => {
    switch (problem.kind) {
      case 'weights':
        return t('problem.weights', { need: gib(problem.need), over: gib(problem.over) });
      case 'ratio':
        return t(problem.countsEntries ? 'problem.ratioEntries' : 'problem.ratioShare', {
          lambda: formatPlain(lambda, i18n.language),
        });
      case 'cache':
        return t('problem.cache', { kv: gib(problem.kv), free: gib(problem.free) });
      case 'too-few-blocks':
        return t('problem.cacheFew');
      case 'buffers':
        return t('problem.buffers', { left: gib(problem.left), buffers: gib(problem.buffers) });
    }
  })();
  return (
    <div
      role="alert"
      data-testid={`${variant}-oom`}
      data-problem={problem.kind === 'too-few-blocks' ? 'cache' : problem.kind}
      className={ALERT_CLASS}
    >
      <strong>{t('chart.oomTitle')}.</strong> {message}
      {children}
    </div>
  );
}

const isRefusal = (finding: VersionFinding): finding is Refusal =>
  finding.kind !== 'kv-heads-replicated';

/** A version that refuses this TP degree for the model's heads says so on its own card. */
function RefusedNotice({
  variant,
  refusals,
  children,
}: {
  variant: Variant;
  refusals: readonly Refusal[];
  children: ReactNode;
}) {
  return (
    <div role="alert" data-testid={`${variant}-refused`} className={ALERT_CLASS}>
      {refusals.map((finding) => (
        <p key={finding.kind}>
          <RefusalText finding={finding} />
        </p>
      ))}
      {children}
    </div>
  );
}

/** The version's name and rule: the same for every input of a drag, so skipped during one. */
const CardHeading = memo(function CardHeading({
  variant,
  version,
  source,
  title,
}: {
  variant: Variant;
  version: EngineVersion;
  source: string;
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
          {t('version.source')}: <code className="break-all">{source}</code>
        </span>
      </p>
    </>
  );
});

export function VariantCard({ variant }: { variant: Variant }) {
  const { t, i18n } = useTranslation();
  const view = useDragView((drag) => drag.variants[variant]);
  const { memory, version } = view;
  const gib = (value: number) => formatGiB(value, i18n.language);
  const title = t(`version.${version}.title`);

  // The first reason is enough: heads that do not divide make the KV heads' reason moot.
  const refusals = view.findings.filter(isRefusal).slice(0, 1);
  const choices = (
    <TpChoices alternatives={view.alternatives} title={title} testId={`${variant}-tp-choices`} />
  );
  // Capacities of a version that does not serve the scenario would be numbers of nothing.
  const figures = [
    ['chart.weightsPerGpu', (live: VariantView) => live.memory.weightsPerGpu, 'weights-per-gpu'],
    [
      'chart.kvPerGpu',
      (live: VariantView) => (live.serving ? live.memory.kvCachePerGpu : null),
      'kv-per-gpu',
    ],
    [
      'chart.usedPerGpu',
      (live: VariantView) => (live.serving ? live.usedPerGpu : null),
      'used-per-gpu',
    ],
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
      <CardHeading variant={variant} version={version} source={view.source} title={title} />
      {refusals.length > 0 ? (
        <RefusedNotice variant={variant} refusals={refusals}>
          {choices}
        </RefusedNotice>
      ) : (
        view.problem && (
          <ProblemNotice variant={variant} problem={view.problem}>
            {choices}
          </ProblemNotice>
        )
      )}
      {/* A refused version never loads: its bars would draw a layout that does not exist. */}
      {refusals.length === 0 && <MemoryChart variant={variant} />}
      <dl className="mt-2 grid grid-cols-3 gap-2 text-center text-sm">
        {figures.map(([labelKey, figure, testId]) => (
          <div key={labelKey} className="rounded-md bg-slate-100 px-1 py-1.5 dark:bg-slate-800">
            <dt className="text-xs text-slate-600 dark:text-slate-300">{t(labelKey)}</dt>
            <dd
              className="font-mono font-semibold tabular-nums"
              data-testid={`${variant}-${testId}`}
            >
              <LiveText
                text={(live) => {
                  const value = figure(live.variants[variant]);
                  return value === null ? '—' : `${gib(value)} GiB`;
                }}
              />
            </dd>
          </div>
        ))}
      </dl>
      {view.vision && refusals.length === 0 && (
        <p
          className="mt-2 text-sm text-pink-900 dark:text-pink-200"
          data-testid={`${variant}-vision`}
        >
          {view.vision.placement === 'first-gpu'
            ? t('vision.firstGpu', { total: gib(view.vision.total) })
            : t('vision.spread', {
                total: gib(view.vision.total),
                share: gib(view.vision.total / view.memory.gpus.length),
              })}
        </p>
      )}
      {view.stranded > 0.005 && (
        <p
          className="mt-2 text-sm text-rose-900 dark:text-rose-200"
          data-testid={`${variant}-wasted`}
        >
          <LiveText
            text={(live) => t('used.wasted', { wasted: gib(live.variants[variant].stranded) })}
          />
        </p>
      )}
      {refusals.length === 0 && <MemoryTable variant={variant} title={title} />}
    </section>
  );
}
