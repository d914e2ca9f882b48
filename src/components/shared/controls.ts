/** Shared look of the small toolbar controls, so every button and select matches. */
export const CONTROL_CLASS =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-800';

/**
 * Panels. `contain: content` keeps a number changing inside one panel from re-laying out and
 * repainting the others, which is most of a slider drag's cost.
 */
export const CARD_CLASS =
  'rounded-lg border border-slate-200 bg-white p-4 shadow-sm [contain:content] dark:border-slate-700 dark:bg-slate-900';
