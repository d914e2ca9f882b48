import type { Variant } from '../../model';

/**
 * One visual language for the Recharts charts and the hand-drawn bars: the same CSS variables
 * for colours, the page's font at the same sizes, GiB on the axes that hold memory.
 */
export const VARIANT_COLOR: Record<Variant, string> = {
  pre: 'var(--variant-pre)',
  post: 'var(--variant-post)',
};

export const AXIS_TICK = { fill: 'var(--chart-text)', fontSize: 12 } as const;
export const GRID_STROKE = 'var(--chart-grid)';

/** Recharts animates by default; a chart that follows an input should not lag it. */
export const NO_ANIMATION = { isAnimationActive: false } as const;
