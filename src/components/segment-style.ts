import type { Segment, Variant } from '../model';

export const SEGMENT_COLOR: Record<Segment, string> = {
  weights: 'var(--seg-weights)',
  vocab: 'var(--seg-vocab)',
  overhead: 'var(--seg-overhead)',
  kv: 'var(--seg-kv)',
  headroom: 'var(--seg-headroom)',
};

/** Replicated vocabulary layers are hatched so "a full copy on every GPU" reads at a glance. */
export function segmentFill(segment: Segment, variant: Variant, hatchId: string): string {
  return segment === 'vocab' && variant === 'pre' ? `url(#${hatchId})` : SEGMENT_COLOR[segment];
}
