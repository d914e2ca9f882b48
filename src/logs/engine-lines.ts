import { logNumber } from './text';

/**
 * The lines each engine prints about its KV cache, found anywhere in a line so that
 * timestamps, `[TM][INFO]`, `(RayWorkerWrapper pid=…)` or `[… TP1]` prefixes do not matter.
 * A line that starts one of these but stops before its number is reported as cut.
 */
export interface LinePattern {
  /** What a line must hold to be one of these at all. */
  readonly marker: RegExp;
  /** The whole line's figures; a marker without them is a cut line. */
  readonly figures: RegExp;
}

const pattern = (marker: RegExp, figures: RegExp): LinePattern => ({ marker, figures });

export const TURBOMIND_LINES = {
  // `[BlockManager] block_size = 64 MB` before v0.8, `9.000 MB` from it, and without the
  // `[BlockManager]` tag from v0.13.
  blockSize: pattern(/\bblock_size = /, /\bblock_size = (\d+(?:\.(\d+))?) MB\b/),
  maxBlockCount: pattern(/\bmax_block_count = /, /\bmax_block_count = (\d+)\b/),
  chunkSize: pattern(/\bchunk_size = /, /\bchunk_size = (\d+)\b/),
  maxCachedTokens: pattern(/\bmax cached tokens: /, /\bmax cached tokens: (\d+)\b/),
  // Up to v0.11: "No enough blocks for `session_len` (N), `session_len` truncated to M."
  truncatedOld: pattern(
    /No enough blocks for `session_len`/,
    /No enough blocks for `session_len` \((\d+)\), `session_len` truncated to (\d+)/,
  ),
  // v0.12 – v0.14: "`session_len` truncated to N due to limited KV cache memory".
  truncatedNew: pattern(
    /`session_len` truncated to \d* ?due to/,
    /`session_len` truncated to (\d+) due to limited KV cache memory/,
  ),
  objectCache: pattern(
    /Object cache budget: /,
    /Object cache budget: ([\d.]+) MB from free ([\d.]+) MB and ratio ([\d.]+)/,
  ),
} as const;

export const PYTORCH_LINES = {
  // The engine halves its prefill until 16 blocks fit, and says so.
  prefillHalved: pattern(
    /No enough memory\. [Uu]pdate max_prefill_token_num=/,
    /No enough memory\. [Uu]pdate max_prefill_token_num=(\d+)/,
  ),
  cacheEngine: pattern(
    /Initialize cache engine with /,
    /Initialize cache engine with (\d+) gpu blocks(?: and (\d+) cpu blocks)?/,
  ),
} as const;

export const VLLM_LINES = {
  // v1 from v0.8.5: "GPU KV cache size: 158,656 tokens".
  kvTokens: pattern(/GPU KV cache size: /, /GPU KV cache size: ([\d,]+) tokens/),
  // v0 and early v1: "# GPU blocks: 507, # CPU blocks: 1024"; v0.7.3 – v0.10 print "# cuda blocks".
  // A `#` at the start of a line is often lost when a log is pasted into Markdown.
  gpuBlocks: pattern(/(?:^|[#\s])(?:GPU|cuda) blocks: /i, /(?:^|[#\s])(?:GPU|cuda) blocks: (\d+)/i),
  availableKv: pattern(/Available KV cache memory: /, /Available KV cache memory: (-?[\d.]+) GiB/),
  // The profile of v0.6.4 – v0.10: one line, or a table, or a sentence.
  kvFromProfile: pattern(
    /kv_cache_size=|available_kv_cache_memory|reserved for KV Cache is/,
    /kv_cache_size=(-?[\d.]+)GiB|available_kv_cache_memory\s+(-?[\d.]+)GiB|reserved for KV Cache is (-?[\d.]+)GiB/,
  ),
  totalMemory: pattern(/total_gpu_memory/, /total_gpu_memory(?:=|\s+|\s*\()([\d.]+)\s*GiB/),
  utilization: pattern(/gpu_memory_utilization/, /gpu_memory_utilization(?:=|\s+|\s*\()([\d.]+)/),
  weights: pattern(
    /model weights take|Model loading took|Loading model weights took/,
    /model weights take\s+([\d.]+)\s*GiB|Model loading took ([\d.]+) GiB|Loading model weights took ([\d.]+) GB/,
  ),
  nonTorch: pattern(/non_torch_memory/, /non_torch_memory(?:=|\s+takes\s+|\s+)([\d.]+)\s*GiB/),
  activations: pattern(
    /activation peak memory/,
    /activation peak memory(?:\s+takes)?\s+([\d.]+)\s*GiB/,
  ),
} as const;

export const SGLANG_LINES = {
  kvAllocated: pattern(
    /KV Cache is allocated\./,
    /KV Cache is allocated\.(?: dtype: \S+,)? #tokens: (\d+), K size: ([\d.]+) GB, V size: ([\d.]+) GB/,
  ),
  loadEnd: pattern(
    /Load weight end\./,
    /Load weight end\..*avail mem=([\d.]+) GB(?:, mem usage=([\d.]+) GB)?/,
  ),
  loadBegin: pattern(/Load weight begin\./, /Load weight begin\. avail mem=([\d.]+) GB/),
  fraction: pattern(/mem_fraction_static=/, /mem_fraction_static=([\d.]+)/),
  tpSize: pattern(/tp_size=/, /\btp_size=(\d+)/),
} as const;

export interface LineMatch {
  readonly line: string;
  readonly groups: readonly (string | undefined)[];
}

/** Every line that holds the pattern, and the first line that starts it but is cut short. */
export function findLines(
  lines: readonly string[],
  { marker, figures }: LinePattern,
): { readonly found: LineMatch[]; readonly cut: string | null } {
  const found: LineMatch[] = [];
  let cut: string | null = null;
  for (const line of lines) {
    if (!marker.test(line)) continue;
    const match = figures.exec(line);
    if (match) found.push({ line, groups: match.slice(1) });
    else cut ??= line;
  }
  return { found, cut };
}

/** The numbers a group holds across every match, in order. */
export const numbersOf = (matches: readonly LineMatch[], group = 0): number[] =>
  matches.flatMap((match) => {
    const text = match.groups[group];
    return text === undefined ? [] : [logNumber(text)];
  });
