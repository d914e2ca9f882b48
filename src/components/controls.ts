/** Shared look of the small toolbar controls, so every button and select matches. */
export const CONTROL_CLASS =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-800';
