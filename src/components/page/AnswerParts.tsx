import { useTranslation } from 'react-i18next';
import type { Variant } from '../../model';
import { useClipboard } from '../shared/use-clipboard';

export type Verdict = 'fits' | 'tight' | 'refused' | 'oom';

const VERDICT_CLASS: Record<Verdict, string> = {
  fits: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
  tight: 'bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50',
  refused: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100',
  oom: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100',
};

/** A chart's title, cut to its column, and its verdict. */
export function AnswerTitle({
  variant,
  title,
  verdict,
}: {
  variant: Variant;
  title: string;
  verdict: Verdict;
}) {
  const { t } = useTranslation();
  return (
    <p className="flex items-center gap-1.5 text-xs sm:text-sm">
      <span className="min-w-0 truncate font-semibold" title={title}>
        {title}
      </span>
      <span
        className={`shrink-0 rounded px-1.5 text-xs font-semibold ${VERDICT_CLASS[verdict]}`}
        data-testid={`${variant}-verdict`}
      >
        {t(`answer.verdict.${verdict}`)}
      </span>
    </p>
  );
}

/** A chart's start command in one line, cut to the column, with a button that copies it whole. */
export function AnswerCommand({
  variant,
  title,
  command,
}: {
  variant: Variant;
  title: string;
  command: string;
}) {
  const { t } = useTranslation();
  const [status, copy] = useClipboard();
  return (
    <div className="print-hide mt-1 flex items-center gap-1.5">
      <code
        className="hidden min-w-0 flex-1 truncate rounded bg-slate-900 px-1.5 py-0.5 text-xs text-slate-100 sm:block dark:bg-black/50"
        title={command}
        data-testid={`${variant}-answer-command`}
      >
        {command}
      </code>
      <button
        type="button"
        className="shrink-0 rounded border border-slate-300 px-1.5 py-1 text-xs dark:border-slate-600"
        aria-label={t('answer.copyFor', { title })}
        data-testid={`${variant}-answer-copy`}
        onClick={() => void copy(command)}
      >
        {status === 'copied'
          ? t('startup.copied')
          : status === 'failed'
            ? t('startup.copyFailed')
            : t('answer.copy')}
      </button>
    </div>
  );
}
