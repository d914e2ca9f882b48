import type { ModelArchitecture } from './architecture';

/**
 * What LMDeploy TurboMind makes of a TP degree for a given model. Attention heads must split
 * evenly; KV heads must too, except that from v0.6.5 a TP degree that is a multiple of the KV
 * head count repeats each KV head on P / kvHeads ranks (`repeatsKvHeads`).
 */
export type TpFinding =
  | { readonly kind: 'heads-indivisible'; readonly heads: number; readonly tpDegree: number }
  | { readonly kind: 'kv-heads-indivisible'; readonly kvHeads: number; readonly tpDegree: number }
  | {
      readonly kind: 'kv-heads-replicated';
      readonly kvHeads: number;
      readonly tpDegree: number;
      /** How many ranks hold a copy of each KV head. */
      readonly copies: number;
    };

export function tpFindings(
  architecture: ModelArchitecture,
  tpDegree: number,
  repeatsKvHeads = true,
): TpFinding[] {
  const findings: TpFinding[] = [];
  const { attentionHeads: heads, kvHeads } = architecture;
  if (heads % tpDegree !== 0) findings.push({ kind: 'heads-indivisible', heads, tpDegree });
  // Latent attention caches one shared vector per token, not per KV head.
  if (architecture.mla) return findings;
  if (kvHeads >= tpDegree) {
    if (kvHeads % tpDegree !== 0)
      findings.push({ kind: 'kv-heads-indivisible', kvHeads, tpDegree });
  } else if (repeatsKvHeads && tpDegree % kvHeads === 0) {
    findings.push({ kind: 'kv-heads-replicated', kvHeads, tpDegree, copies: tpDegree / kvHeads });
  } else {
    findings.push({ kind: 'kv-heads-indivisible', kvHeads, tpDegree });
  }
  return findings;
}

export function isServable(findings: readonly TpFinding[]): boolean {
  return findings.every((finding) => finding.kind === 'kv-heads-replicated');
}

/** The vocabulary is padded to a multiple of P before the embedding and lm_head are split. */
export function paddedVocabSize(vocabSize: number, tpDegree: number): number {
  return Math.ceil(vocabSize / tpDegree) * tpDegree;
}
