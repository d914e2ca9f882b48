import { lazy, Suspense, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { hostReachable, reloadAt } from '../../state/reload';
import { ResetBoundary } from './ResetBoundary';

interface LazyDetailsProps {
  readonly summary: string;
  /** Loads the content's code; called when the disclosure is first opened, and on a retry. */
  readonly load: () => Promise<{ default: ComponentType }>;
  /** Also the anchor that opens the disclosure when the page loads with it. */
  readonly id: string;
  readonly className?: string;
  readonly summaryClassName: string;
  /** Opens it when the page loads, as the anchor does: the link holds one of its settings. */
  readonly openAtStart?: boolean;
  /** Opens it whenever this turns true, as when a lesson points at what it holds. */
  readonly openWhen?: boolean;
}

type Retry = 'idle' | 'trying' | 'offline';

/**
 * A disclosure whose content, and its code, load only once it is opened. If the code cannot
 * be fetched (the network dropped, or a new release replaced the file), the disclosure says so
 * and offers a retry; the rest of the page is unaffected.
 */
export function LazyDetails({
  summary,
  load,
  id,
  className,
  summaryClassName,
  openAtStart = false,
  openWhen = false,
}: LazyDetailsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(
    () => openAtStart || openWhen || window.location.hash === `#${id}`,
  );
  const [askedBefore, setAskedBefore] = useState(openWhen);
  if (openWhen !== askedBefore) {
    setAskedBefore(openWhen);
    if (openWhen) setOpen(true);
  }
  // React keeps a failed lazy load failed, so a retry swaps in a fresh one.
  const [Content, setContent] = useState(() => lazy(load));
  const [retry, setRetry] = useState<Retry>('idle');

  const tryAgain = async () => {
    setRetry('trying');
    try {
      await load();
      setRetry('idle');
      setContent(() => lazy(load));
    } catch {
      // Some browsers keep a failed module import failed for the document's lifetime; a
      // reload is then the only way to fetch it again, but only worth it once the host answers.
      if (await hostReachable()) reloadAt(id);
      else setRetry('offline');
    }
  };

  return (
    <details
      id={id}
      open={open}
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
              {t(retry === 'offline' ? 'error.stillOffline' : 'error.loadFailed')}{' '}
              <button
                type="button"
                className="underline decoration-dotted underline-offset-2"
                disabled={retry === 'trying'}
                onClick={() => void tryAgain()}
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
