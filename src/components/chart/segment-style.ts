import type { Segment } from '../../model';

export const SEGMENT_COLOR: Record<Segment, string> = {
  others: 'var(--seg-others)',
  overhead: 'var(--seg-overhead)',
  weights: 'var(--seg-weights)',
  vocab: 'var(--seg-vocab)',
  vision: 'var(--seg-vision)',
  kv: 'var(--seg-kv)',
  buffers: 'var(--seg-buffers)',
  headroom: 'var(--seg-headroom)',
  stranded: 'var(--seg-stranded)',
};

/** Replicated vocabulary layers are hatched so "a full copy on every GPU" reads at a glance. */
export function segmentFill(segment: Segment, vocabReplicated: boolean, hatchId: string): string {
  return segment === 'vocab' && vocabReplicated ? `url(#${hatchId})` : SEGMENT_COLOR[segment];
}
