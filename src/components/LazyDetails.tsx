import { lazy, Suspense, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ResetBoundary } from './ResetBoundary';

interface LazyDetailsProps {
  readonly summary: string;
  /** Loads the content's code; called when the disclosure is first opened, and on a retry. */
  readonly load: () => Promise<{ default: ComponentType }>;
  readonly id?: string;
  readonly className?: string;
  readonly summaryClassName: string;
}

/**
 * A disclosure whose content, and its code, load only once it is opened. If the code cannot
 * be fetched (the network dropped, or a new release replaced the file), the disclosure says so
 * and offers a retry; the rest of the page is unaffected.
 */
export function LazyDetails({ summary, load, id, className, summaryClassName }: LazyDetailsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // React keeps a failed lazy load failed, so a retry swaps in a fresh one.
  const [Content, setContent] = useState(() => lazy(load));
  return (
    <details
      id={id}
      className={className}
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary className={summaryClassName}>{summary}</summary>
      {open && (
        <ResetBoundary
          resetKey={Content}
          fallback={
            <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
              {t('error.loadFailed')}{' '}
              <button
                type="button"
                className="underline decoration-dotted underline-offset-2"
                onClick={() => {
                  setContent(() => lazy(load));
                }}
              >
                {t('error.retry')}
              </button>
            </p>
          }
        >
          <Suspense fallback={null}>
            <Content />
          </Suspense>
        </ResetBoundary>
      )}
    </details>
  );
}
