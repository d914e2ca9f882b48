import {
  lazy,
  startTransition,
  Suspense,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { retryChunk, type Retry } from '../../state/reload';
import { ResetBoundary } from './ResetBoundary';

/** The message and button shown in place of a part whose code could not be fetched. */
export function ChunkFailed({ retry, onRetry }: { retry: Retry; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
      {t(retry === 'offline' ? 'error.stillOffline' : 'error.loadFailed')}{' '}
      <button
        type="button"
        className="underline decoration-dotted underline-offset-2"
        disabled={retry === 'trying'}
        onClick={onRetry}
      >
        {t('error.retry')}
      </button>
    </p>
  );
}

/**
 * A part whose code loads on demand. If the code cannot be fetched (the network dropped, or a
 * new release replaced the file), it says so in place and offers a retry; the rest of the page
 * is unaffected.
 */
export function LazyChunk({
  load,
  anchor,
  placeholder = null,
  whenNear = false,
}: {
  load: () => Promise<{ default: ComponentType }>;
  /** Where a reload comes back to, when only a reload can fetch the code again. */
  anchor: string;
  placeholder?: ReactNode;
  /** Waits to load until the reader scrolls near it, rather than as soon as the app runs. */
  whenNear?: boolean;
}) {
  // React keeps a failed lazy load failed, so a retry swaps in a fresh one.
  const [Content, setContent] = useState(() => lazy(load));
  const [retry, setRetry] = useState<Retry>('idle');
  // The prerendered page holds the placeholder; the code loads once the app has taken over,
  // so that hydration finds what the build wrote. That step is a transition: React works it
  // in slices, where a forced re-render after hydration held a slow phone for 50 ms.
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    startTransition(() => {
      setMounted(true);
    });
  }, []);
  const [box, near] = useNearViewport(mounted && whenNear);
  if (!mounted || (whenNear && !near)) {
    return whenNear ? <div ref={box}>{placeholder}</div> : placeholder;
  }
  const tryAgain = async () => {
    if (await retryChunk(load, anchor, setRetry)) setContent(() => lazy(load));
  };
  const content = (
    <ResetBoundary
      resetKey={Content}
      fallback={<ChunkFailed retry={retry} onRetry={() => void tryAgain()} />}
    >
      <Suspense fallback={placeholder}>
        <Content />
      </Suspense>
    </ResetBoundary>
  );
  // Kept in the box that was watched, so that nothing moves when the content replaces it.
  return whenNear ? <div ref={box}>{content}</div> : content;
}

/**
 * Whether the element has come within a screen of the viewport. The charts' code is the
 * heaviest on the page; fetched and run only as the reader scrolls towards it, it stays out of
 * the first seconds, when a phone is still taking the page over.
 */
function useNearViewport(active: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const [reached, setReached] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!active || reached || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setReached(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [active, reached]);
  return [ref, reached] as const;
}
