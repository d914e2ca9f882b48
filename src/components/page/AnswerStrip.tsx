import { useTranslation } from 'react-i18next';
import { formatCount, formatGiB, formatPlain } from '../../lib/format';
import { VARIANTS, type Variant } from '../../model';
import { selectModel, setInput, useScenarioStore } from '../../state/scenario-store';
import { useDragView, useSettledView } from '../../state/views';
import { LiveText } from '../shared/LiveText';
import { AnswerCommand, AnswerTitle, type Verdict } from './AnswerParts';
import { LayoutAnswerColumn, LayoutAnswerNote } from './LayoutAnswer';

/** One chart's answer: whether it runs, how many sessions, what it holds, how to start it. */
function AnswerColumn({ variant }: { variant: Variant }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const view = useDragView((drag) => drag.variants[variant]);
  const len = useDragView((drag) => drag.inputs.len);
  const growth = useDragView((drag) => drag.runtimeGrowth);
  const settled = useSettledView();
  const title = t(`version.${view.version}.title`);
  const refused = view.findings.some((finding) => finding.kind !== 'kv-heads-replicated');
  const verdict: Verdict = refused
    ? 'refused'
    : !view.serving
      ? 'oom'
      : view.headroomShort
        ? 'tight'
        : 'fits';
  const gib = (value: number) => `${formatGiB(value, locale)} GiB`;
  const { safeRatio } = settled.plans[variant];
  const command = settled.startup[variant].command.join('\n');
  const needed = view.memory.gpus[0]?.segments.buffers ?? 0;
  return (
    <div className="min-w-0" data-testid={`${variant}-answer`} data-verdict={verdict}>
      <AnswerTitle variant={variant} title={title} verdict={verdict} />
      {view.serving ? (
        <>
          <p className="text-sm sm:text-base">
            <LiveText
              className="font-mono text-lg font-bold tabular-nums sm:text-2xl"
              data-testid={`${variant}-answer-sessions`}
              text={(live) => formatCount(live.variants[variant].capacity.sessions, locale)}
            />{' '}
            {t('answer.sessions', { len: formatCount(len, locale) })}
          </p>
          <p className="text-xs text-slate-700 sm:text-sm dark:text-slate-300">
            <LiveText
              data-testid={`${variant}-answer-tokens`}
              text={(live) =>
                t('answer.tokens', {
                  tokens: formatCount(live.variants[variant].capacity.tokens, locale),
                })
              }
            />
            <span className="hidden sm:inline">
              {' · '}
              <LiveText
                text={(live) =>
                  t('answer.perGpu', {
                    kv: gib(live.variants[variant].memory.kvCachePerGpu),
                    headroom: gib(live.variants[variant].headroom),
                  })
                }
              />
            </span>
          </p>
          {view.headroomShort && (
            <p className="text-xs text-amber-900 sm:text-sm dark:text-amber-200" role="alert">
              <LiveText
                text={(live) =>
                  t('answer.tight', {
                    headroom: gib(live.variants[variant].headroom),
                    need: gib(live.runtimeGrowth),
                  })
                }
              />
            </p>
          )}
        </>
      ) : (
        <p className="text-xs sm:text-sm" data-testid={`${variant}-answer-why`}>
          {t(refused ? 'answer.refused' : 'answer.oom')}
        </p>
      )}
      {safeRatio && view.serving && (
        <p className="print-hide text-xs sm:hidden" data-testid={`${variant}-safe-ratio-short`}>
          {t('answer.safeRatioShort', {
            ratio: formatPlain(safeRatio.ratio, locale),
            sessions: formatCount(safeRatio.capacity.sessions, locale),
          })}
        </p>
      )}
      {safeRatio && view.serving && (
        <p
          className="print-hide hidden text-xs sm:block sm:text-sm"
          data-testid={`${variant}-safe-ratio`}
        >
          {t(needed + growth > 0 ? 'answer.safeRatio' : 'answer.safeRatioFormula', {
            ratio: formatPlain(safeRatio.ratio, locale),
            need: gib(needed + growth),
            sessions: formatCount(safeRatio.capacity.sessions, locale),
          })}{' '}
          {safeRatio.ratio !== settled.inputs.lambda && (
            <button
              type="button"
              className="rounded border border-current px-1 text-xs"
              aria-label={t('answer.useRatioFor', {
                ratio: formatPlain(safeRatio.ratio, locale),
                title,
              })}
              onClick={() => {
                setInput('lambda', safeRatio.ratio);
              }}
            >
              {t('plan.apply')}
            </button>
          )}
        </p>
      )}
      {command && view.serving && (
        <AnswerCommand variant={variant} title={title} command={command} />
      )}
    </div>
  );
}

/** A chart's answer: plain TP's, or the layout's when the scenario asks for one. */
function AnswerSlot({ variant }: { variant: Variant }) {
  const plain = useSettledView().parallel.variants[variant].outcome.kind === 'plain';
  return plain ? <AnswerColumn variant={variant} /> : <LayoutAnswerColumn variant={variant} />;
}

/**
 * The question answered before anything else: for each chart, whether it runs, the sessions
 * and tokens it holds, what is left per GPU, the λ to use and the command. Kept in view at the
 * top of a phone's screen while the inputs below it change.
 */
export function AnswerStrip() {
  const { t, i18n } = useTranslation();
  const sizes = useDragView((view) => view.sizes);
  const S = useDragView((view) => view.inputs.S);
  const E = useDragView((view) => view.inputs.E);
  const model = useScenarioStore((state) => state.scenario.model);
  return (
    <section
      id="answer"
      aria-labelledby="answer-title"
      aria-live="polite"
      className="sticky top-0 z-20 -mx-3 border-b border-slate-200 bg-white px-3 py-2 shadow-sm sm:mx-0 sm:rounded-lg sm:border lg:static lg:col-start-2 lg:row-start-1 dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id="answer-title" className="sr-only">
        {t('answer.heading')}
      </h2>
      <div className="grid grid-cols-2 gap-3 sm:gap-6">
        {VARIANTS.map((variant) => (
          <AnswerSlot key={variant} variant={variant} />
        ))}
      </div>
      <LayoutAnswerNote />
      {sizes === 'manual' && (
        <p
          className="mt-1 text-xs text-amber-900 dark:text-amber-200"
          data-testid="answer-manual-sizes"
        >
          {t('answer.manualSizes', {
            S: formatGiB(S, i18n.language),
            E: formatGiB(E, i18n.language),
          })}{' '}
          <button
            type="button"
            className="underline decoration-dotted underline-offset-2"
            onClick={() => {
              selectModel(model);
            }}
          >
            {t('model.useDerived')}
          </button>
        </p>
      )}
      <a href="#inputs" className="mt-1 inline-block py-1 text-xs underline lg:hidden">
        {t('answer.toInputs')}
      </a>
    </section>
  );
}
