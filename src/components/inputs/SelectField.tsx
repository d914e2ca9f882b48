import { useId, type ReactNode } from 'react';

export const SELECT_CLASS =
  'w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-800';

interface SelectFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly testId: string;
  readonly children: ReactNode;
  readonly note?: ReactNode;
  /** The whole of what is chosen, for a name too long for the box. */
  readonly title?: string;
}

/** A labelled select with an optional note under it; the pickers share this shape. */
export function SelectField({
  label,
  value,
  onChange,
  testId,
  children,
  note,
  title,
}: SelectFieldProps) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        className={`mt-1 ${SELECT_CLASS}`}
        value={value}
        title={title}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        data-testid={testId}
      >
        {children}
      </select>
      {note && (
        <p
          className="mt-1 text-xs text-slate-600 dark:text-slate-400"
          data-testid={`${testId}-note`}
        >
          {note}
        </p>
      )}
    </div>
  );
}
