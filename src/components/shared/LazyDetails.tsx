import { useState, type ComponentType } from 'react';
import { LazyChunk } from './LazyChunk';

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
  const [open, setOpen] = useState(
    () =>
      openAtStart ||
      openWhen ||
      (typeof window !== 'undefined' && window.location.hash === `#${id}`),
  );
  const [askedBefore, setAskedBefore] = useState(openWhen);
  if (openWhen !== askedBefore) {
    setAskedBefore(openWhen);
    if (openWhen) setOpen(true);
  }
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
      {open && <LazyChunk load={load} anchor={id} />}
    </details>
  );
}
