import { useTranslation } from 'react-i18next';
import { formatCount } from '../../lib/format';
import type { LogProblem } from '../../logs/readings';
import type { ReconcileResult } from '../../logs/reconcile';

type ReconcileProblem = Extract<ReconcileResult, { ok: false }>['problem'];

/** Why a log was refused, in one sentence. */
export function LogProblemText({ problem }: { problem: LogProblem | ReconcileProblem }) {
  const { t, i18n } = useTranslation();
  if (typeof problem === 'string') return <>{t(`log.problem.${problem}`)}</>;
  switch (problem.kind) {
    case 'too-large':
      return (
        <>{t('log.problem.too-large', { limit: formatCount(problem.limit, i18n.language) })}</>
      );
    case 'cut':
      return <>{t('log.problem.cut', { line: problem.line })}</>;
    case 'ranks-disagree':
      return (
        <>
          {t('log.problem.ranks-disagree', {
            what: problem.what,
            values: problem.values.map((value) => formatCount(value, i18n.language)).join(', '),
          })}
        </>
      );
    default:
      return <>{t(`log.problem.${problem.kind}`)}</>;
  }
}
