/**
 * Parallel layouts beyond plain tensor parallelism: how LMDeploy turns `--tp`, `--dp`, `--ep`,
 * `--cp` and `--nnodes` into per-module group sizes, and which requests it refuses. Each
 * engine's rules are ported from its source at the tag named beside them.
 */

/** What the user asks for, in LMDeploy's own flags. */
export interface LayoutRequest {
  readonly tp: number;
  readonly dp: number;
  readonly ep: number;
  readonly cp: number;
  readonly nodes: number;
}

/** The group sizes an engine derives from a request. */
export interface ParallelLayout {
  /** GPUs in all, over every node. */
  readonly devices: number;
  readonly nodes: number;
  readonly gpusPerNode: number;
  /** Attention heads and KV heads are split over this many GPUs. */
  readonly attnTp: number;
  /** Context parallelism: a sequence's tokens are spread over this many GPUs. */
  readonly cp: number;
  /** The dense MLP (and TurboMind's shared experts) are split over this many GPUs. */
  readonly mlpTp: number;
  /** Routed experts are dealt out over this many GPUs, whole or split by `expertTp`. */
  readonly ep: number;
  /** Each expert's own split: TurboMind splits it again by `mlpTp`, the PyTorch engine not. */
  readonly expertTp: number;
  /** Embedding and lm_head are split over this many GPUs (1: a copy on every GPU). */
  readonly vocabTp: number;
  /**
   * Groups that each size and fill their own KV cache: TurboMind's outer DP replicas times
   * its attention-DP ranks, the PyTorch engine's DP ranks.
   */
  readonly replicas: number;
  /** GPUs in one replica: `attnTp × cp`. */
  readonly replicaGpus: number;
}

/** Why an engine refuses a request, each naming the rule in its source. */
export type LayoutProblem =
  /** No device count makes TurboMind's constraint system hold (`parallel_config.py`). */
  | { readonly kind: 'no-layout'; readonly legacyExpertSpelling: boolean }
  /** TurboMind: `ep > 1 is only supported in single-node mode`. */
  | { readonly kind: 'ep-multi-node' }
  /** The GPUs do not divide evenly over the nodes. */
  | { readonly kind: 'nodes-indivisible'; readonly devices: number }
  /** The PyTorch engine: one of `DistConfig`'s divisibility asserts. */
  | {
      readonly kind: 'dist-config';
      readonly rule: 'dp' | 'ep' | 'attn-tp';
      readonly worldSize: number;
      readonly value: number;
    }
  /** Context parallelism on the PyTorch engine, which has no `--cp`. */
  | { readonly kind: 'no-cp' }
  /** Routed experts must deal out evenly: TurboMind's `E % ep == 0`. */
  | { readonly kind: 'experts-indivisible'; readonly experts: number; readonly ep: number }
  /** More GPUs than the page draws: a limit of the page, not of the engine. */
  | { readonly kind: 'too-many-gpus'; readonly devices: number; readonly limit: number };

/** The most GPUs a layout may span here; the charts of plain TP stop at 64. */
export const MAX_LAYOUT_GPUS = 256;

export type LayoutResult =
  | { readonly ok: true; readonly layout: ParallelLayout }
  | { readonly ok: false; readonly problem: LayoutProblem };

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const divisors = (n: number) => {
  const found: number[] = [];
  for (let d = 1; d <= n; d += 1) if (n % d === 0) found.push(d);
  return found;
};

/** Whether a request is plain tensor parallelism, which the charts draw themselves. */
export function isPlainTp(request: LayoutRequest): boolean {
  return request.dp === 1 && request.ep === 1 && request.cp === 1 && request.nodes === 1;
}

function spreadOverNodes(
  layout: Omit<ParallelLayout, 'nodes' | 'gpusPerNode'>,
  nodes: number,
): LayoutResult {
  if (layout.devices > MAX_LAYOUT_GPUS) {
    return {
      ok: false,
      problem: { kind: 'too-many-gpus', devices: layout.devices, limit: MAX_LAYOUT_GPUS },
    };
  }
  if (layout.devices % nodes !== 0) {
    return { ok: false, problem: { kind: 'nodes-indivisible', devices: layout.devices } };
  }
  return { ok: true, layout: { ...layout, nodes, gpusPerNode: layout.devices / nodes } };
}

/**
 * TurboMind from v0.15 (`lmdeploy/turbomind/parallel_config.py`, `turbomind.py`
 * `update_parallel_config`): the device count is the largest divisor of `dp·tp·gcd(cp, ep)`
 * that admits `dev = outer_dp·attn_dp·attn_tp·cp = outer_dp·ep·mlp_tp`, `dp = outer_dp·attn_dp`,
 * `attn_tp = tp` or `mlp_tp = tp`, both dividing `tp`; the smallest `outer_dp` wins. The page
 * assumes the machine has the GPUs the request asks for.
 */
export function turbomindLayout(request: LayoutRequest): LayoutResult {
  const { tp, dp, ep, cp, nodes } = request;
  const bound = dp * tp * gcd(cp, ep);
  for (let devices = bound; devices >= 1; devices -= 1) {
    if (bound % devices !== 0 || devices % (dp * cp) !== 0) continue;
    const attnTp = devices / (dp * cp);
    if (tp % attnTp !== 0) continue;
    for (const outerDp of divisors(dp)) {
      if (devices % (outerDp * ep) !== 0) continue;
      const mlpTp = devices / (outerDp * ep);
      if (tp % mlpTp !== 0 || (attnTp !== tp && mlpTp !== tp)) continue;
      if (ep > 1 && nodes > 1) return { ok: false, problem: { kind: 'ep-multi-node' } };
      return spreadOverNodes(
        {
          devices,
          attnTp,
          cp,
          mlpTp,
          ep,
          expertTp: mlpTp,
          vocabTp: attnTp * cp,
          replicas: dp,
          replicaGpus: attnTp * cp,
        },
        nodes,
      );
    }
  }
  return {
    ok: false,
    problem: { kind: 'no-layout', legacyExpertSpelling: tp === 1 && ep > 1 },
  };
}

/**
 * The PyTorch engine from v0.11 (`lmdeploy/pytorch/config.py` `DistConfig`): the world is `ep`
 * GPUs with expert parallelism, else `tp`; attention is split over `world / dp`, the dense MLP
 * over `tp`, and with `ep > 1` each GPU holds whole experts. Embedding and lm_head stay whole
 * on every GPU, as the charts draw them for this engine.
 */
export function pytorchLayout(request: LayoutRequest): LayoutResult {
  const { tp, dp, ep, cp, nodes } = request;
  if (cp > 1) return { ok: false, problem: { kind: 'no-cp' } };
  // With dp = 1 the per-layer sizes are ignored and everything follows tp.
  const mlpTp = tp;
  const moeTp = ep > 1 ? 1 : mlpTp;
  const worldSize = ep > 1 ? ep : Math.max(mlpTp, moeTp);
  const check = (rule: 'dp' | 'ep', value: number): LayoutResult | null =>
    value <= worldSize && worldSize % value === 0
      ? null
      : { ok: false, problem: { kind: 'dist-config', rule, worldSize, value } };
  const refused = check('dp', dp) ?? check('ep', ep);
  if (refused) return refused;
  const attnTp = worldSize / dp;
  if ((mlpTp > 1 && (mlpTp < attnTp || mlpTp % attnTp !== 0)) || worldSize % attnTp !== 0) {
    return {
      ok: false,
      problem: { kind: 'dist-config', rule: 'attn-tp', worldSize, value: attnTp },
    };
  }
  return spreadOverNodes(
    {
      devices: worldSize,
      attnTp,
      cp: 1,
      mlpTp,
      ep,
      expertTp: moeTp,
      vocabTp: 1,
      replicas: dp,
      replicaGpus: attnTp,
    },
    nodes,
  );
}
