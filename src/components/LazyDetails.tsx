import { Suspense, useState, type ComponentType, type LazyExoticComponent } from 'react';

interface LazyDetailsProps {
  readonly summary: string;
  readonly content: LazyExoticComponent<ComponentType>;
  readonly id?: string;
  readonly className?: string;
  readonly summaryClassName: string;
}

/** A disclosure whose content, and its code, load only once it is opened. */
export function LazyDetails({
  summary,
  content: Content,
  id,
  className,
  summaryClassName,
}: LazyDetailsProps) {
  const [open, setOpen] = useState(false);
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
        <Suspense fallback={null}>
          <Content />
        </Suspense>
      )}
    </details>
  );
}
