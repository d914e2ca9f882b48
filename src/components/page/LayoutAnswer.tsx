import { useTranslation } from 'react-i18next';
import { formatCount } from '../../lib/format';
import type { Variant } from '../../model';
import { useSettledView } from '../../state/views';
import { AnswerCommand, AnswerTitle, type Verdict } from './AnswerParts';

/**
 * One chart's answer when the scenario asks for more than plain TP: the layout's sessions over
 * all its replicas, or why the line does not run it, and the command with the layout's flags.
 */
export function LayoutAnswerColumn({ variant }: { variant: Variant }) {
  const { t, i18n } = useTranslation();
  const { parallel, inputs, versions } = useSettledView();
  const view = parallel.variants[variant];
  const title = t(`version.${versions[variant]}.title`);
  const laidOut = view.outcome.kind === 'laid-out' ? view.outcome : null;
  const sessions = laidOut ? view.sessions : null;
  const serving = sessions !== null;
  const verdict: Verdict = serving ? 'fits' : laidOut ? 'oom' : 'refused';
  const command = serving && view.command.length > 0 ? view.command.join('\n') : null;
  return (
    <div className="min-w-0" data-testid={`${variant}-answer`} data-verdict={verdict}>
      <AnswerTitle variant={variant} title={title} verdict={verdict} />
      {laidOut && sessions !== null ? (
        <>
          <p className="text-sm sm:text-base">
            <span
              className="font-mono text-lg font-bold tabular-nums sm:text-2xl"
              data-testid={`${variant}-answer-sessions`}
            >
              {formatCount(sessions, i18n.language)}
            </span>{' '}
            {t('answer.sessions', { len: formatCount(inputs.len, i18n.language) })}
          </p>
          <p className="text-xs text-slate-700 sm:text-sm dark:text-slate-300">
            {t('layout.answer', {
              replicas: laidOut.layout.replicas,
              devices: laidOut.layout.devices,
            })}
          </p>
        </>
      ) : (
        <p className="text-xs sm:text-sm" data-testid={`${variant}-answer-why`}>
          {t(laidOut ? 'layout.answerOom' : 'layout.answerRefused')}
        </p>
      )}
      {command && <AnswerCommand variant={variant} title={title} command={command} />}
    </div>
  );
}

/** Says that the charts draw plain TP while the answer is the layout's. */
export function LayoutAnswerNote() {
  const { t } = useTranslation();
  const { parallel, inputs } = useSettledView();
  const plain = parallel.variants.pre.outcome.kind === 'plain';
  if (plain) return null;
  return (
    <p className="mt-1 text-xs" data-testid="answer-layout-note">
      {t('layout.answerNote', { tp: inputs.P })}{' '}
      <a href="#layout" className="underline">
        {t('layout.answerLink')}
      </a>
    </p>
  );
}
