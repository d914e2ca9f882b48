import { useTranslation } from 'react-i18next';
import { useClipboard } from '../shared/use-clipboard';

/** A shell command with a copy button; comment lines are part of the recipe and copied too. */
export function CommandBlock({
  lines,
  testId,
  label,
}: {
  lines: readonly string[];
  testId: string;
  /** The copy button's name, saying whose command it copies. */
  label: string;
}) {
  const { t } = useTranslation();
  const [status, copy] = useClipboard();
  const text = lines.join('\n');
  return (
    <div className="mt-1 flex items-start gap-2">
      <pre
        className="min-w-0 flex-1 rounded-md bg-slate-900 p-2 font-mono text-xs break-all whitespace-pre-wrap text-slate-100"
        data-testid={testId}
      >
        <code>{text}</code>
      </pre>
      <div className="flex flex-col items-end">
        <button
          type="button"
          className="rounded border border-slate-300 px-2 py-1 text-xs dark:border-slate-600"
          onClick={() => void copy(text)}
          aria-label={label}
          data-testid={`${testId}-copy`}
        >
          {t('startup.copy')}
        </button>
        <span role="status" className="mt-1 text-xs text-slate-600 dark:text-slate-300">
          {status === 'copied' && t('startup.copied')}
          {status === 'failed' && t('startup.copyFailed')}
        </span>
      </div>
    </div>
  );
}
