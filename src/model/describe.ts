import { tpFindings, type TpFinding } from './tp-validity';
import { loadsWeights } from './lmdeploy/checkpoints';
import type { WeightPrecision } from './precision';
import type { ModelArchitecture } from './architecture';
import type { VersionPair } from './lmdeploy/comparison';
import type { FailingVariant, VariantMemory } from './lmdeploy/variant-memory';
import { LMDEPLOY_VERSIONS, type EngineVersion } from './lmdeploy/versions';
import { mostUsedByOthers, usedByOthersOn, type TpScenario } from './tp-scenario';
import { visionShare } from './vision';
import { gib, type GiB } from './units';

/**
 * The scenario described for people: what kind of pair the two charts show, each version's
 * KV formula in symbols and with the scenario's numbers, and whether a version serves it.
 * Views format these; they decide none of it.
 */

/**
 * `sharding`: the pair differs only in whether the vocabulary layers are split, so the
 * difference between the charts is what sharding them buys; `other` for any other pair.
 */
export type PairKind = 'sharding' | 'other';

export function pairKind(pair: VersionPair): PairKind {
  const left = LMDEPLOY_VERSIONS[pair.pre];
  const right = LMDEPLOY_VERSIONS[pair.post];
  return !left.vocabSharded &&
    right.vocabSharded &&
    left.ratioBase === right.ratioBase &&
    left.backend === right.backend
    ? 'sharding'
    : 'other';
}

/** A formula written with numbers: text as it stands, numbers to be formatted by the reader. */
export type FormulaTerms = readonly (string | number)[];

export interface KvFormula {
  /** In the terms of the step before it: `λ × F` once F is known. */
  readonly short: string;
  /** In the inputs' own symbols: `λ × (T − S/P)`. */
  readonly symbols: string;
  /** The same with the scenario's numbers in place of the symbols. */
  readonly numbers: FormulaTerms;
}

/** What `cache_max_entry_count` multiplies in a version, for this scenario. */
export function kvFormula(
  version: EngineVersion,
  memory: VariantMemory,
  scenario: TpScenario,
): KvFormula {
  const rules = LMDEPLOY_VERSIONS[version];
  const { gpuMemory: T, modelWeights: S, vocabLayers: E, tpDegree: P, overhead: O } = scenario;
  const lambda = scenario.cacheMaxEntryCount;
  if (rules.ratioBase === 'session-entries') {
    const symbols = 'λ × session_len × bytes/token';
    return {
      short: symbols,
      symbols,
      numbers: [
        Math.floor(lambda),
        ' × ',
        scenario.sessionLength,
        ' × ',
        scenario.kvBytesPerToken,
        ' B',
      ],
    };
  }
  if (lambda >= 1) {
    const symbols = 'λ blocks × block_bytes';
    return {
      short: symbols,
      symbols,
      numbers: [Math.floor(lambda), ' × ', memory.blockBytes, ' B'],
    };
  }
  if (rules.ratioBase === 'total') {
    return { short: 'λ × T', symbols: 'λ × T', numbers: [lambda, ' × ', T] };
  }
  const others = mostUsedByOthers(scenario);
  const vision = scenario.visionWeights;
  const placement = rules.vision.placement;
  const symbols: string[] = ['λ × (T'];
  const numbers: (string | number)[] = [lambda, ' × (', T];
  if (others > 0 && vision > 0 && placement !== 'none') {
    // The fullest GPU is the one whose other processes and share of the tower add up most.
    let most = 0;
    for (let rank = 0; rank < P; rank += 1) {
      const taken = usedByOthersOn(scenario, rank) + visionShare(placement, vision, rank, P);
      most = Math.max(most, taken);
    }
    symbols.push(' − max(X + V)');
    numbers.push(' − ', most);
  } else if (others > 0) {
    symbols.push(' − max X');
    numbers.push(' − ', others);
  } else if (vision > 0 && placement === 'first-gpu') {
    symbols.push(' − V');
    numbers.push(' − ', vision);
  } else if (vision > 0 && placement === 'spread') {
    symbols.push(' − V/P');
    numbers.push(' − ', vision, '/', P);
  }
  if (O > 0) {
    symbols.push(' − O');
    numbers.push(' − ', O);
  }
  if (rules.vocabSharded) {
    symbols.push(' − S/P');
    numbers.push(' − ', S, '/', P);
  } else {
    symbols.push(' − ((S − E)/P + E)');
    numbers.push(' − ((', S, ' − ', E, ')/', P, ' + ', E, ')');
  }
  if (rules.reserve) {
    symbols.push(' − R');
    numbers.push(' − ', memory.reserve);
  }
  symbols.push(')');
  numbers.push(')');
  return {
    short: rules.reserve ? 'λ × (F − R)' : 'λ × F',
    symbols: symbols.join(''),
    numbers,
  };
}

/** Writes a formula's terms out, each number through `format`. */
export function formulaText(terms: FormulaTerms, format: (value: number) => string): string {
  return terms.map((term) => (typeof term === 'number' ? format(term) : term)).join('');
}

/** What a version makes of the scenario before any memory: the TP degree, the weights' format. */
export type VersionFinding =
  | TpFinding
  /** No release of the line loads weights stored this way. */
  | { readonly kind: 'weight-format'; readonly weights: WeightPrecision }
  /** The line serves no vision-language model. */
  | { readonly kind: 'vision' };

/** What a version makes of the TP degree for this model's heads, and of the weight format. */
export function versionFindings(
  architecture: ModelArchitecture,
  tpDegree: number,
  version: EngineVersion,
  weights: WeightPrecision = 'bf16',
): VersionFinding[] {
  const rules = LMDEPLOY_VERSIONS[version];
  const findings: VersionFinding[] = tpFindings(architecture, tpDegree, rules.repeatsKvHeads);
  if (!loadsWeights(rules.weightLoading, weights))
    findings.unshift({ kind: 'weight-format', weights });
  if (architecture.vision && rules.vision.placement === 'none')
    findings.unshift({ kind: 'vision' });
  return findings;
}

/** The headroom λ leaves on every GPU, after the cache and the runtime buffers. */
export function headroomOf(memory: VariantMemory): GiB {
  return gib(memory.gpus[0]?.segments.headroom ?? 0);
}

/** Whether nothing found stops the version: repeated KV heads are a cost, not a refusal. */
export function accepts(findings: readonly VersionFinding[]): boolean {
  return findings.every((finding) => finding.kind === 'kv-heads-replicated');
}

/** A version serves a scenario when it accepts it and everything fits. */
export function serves(findings: readonly VersionFinding[], memory: VariantMemory): boolean {
  return memory.fits && accepts(findings);
}

/** Whether either chart runs on the PyTorch engine, whose prefill and batch settings matter. */
export function pairUsesPytorch(pair: VersionPair): boolean {
  return (
    LMDEPLOY_VERSIONS[pair.pre].backend === 'pytorch' ||
    LMDEPLOY_VERSIONS[pair.post].backend === 'pytorch'
  );
}

/** Whether the version holds the vocabulary layers whole on every GPU. */
export function vocabReplicated(version: EngineVersion): boolean {
  return !LMDEPLOY_VERSIONS[version].vocabSharded;
}

/** Why a version fails, with the figures its message needs. */
export type ProblemFacts =
  /** Weights and overhead need `need` on the fullest GPU, `over` more than it has. */
  | { readonly kind: 'weights'; readonly need: GiB; readonly over: GiB }
  /** The knob is refused: read as whole sessions below 1, or as a share only. */
  | { readonly kind: 'ratio'; readonly countsEntries: boolean }
  /** The cache asked for is more than is free after the weights. */
  | { readonly kind: 'cache'; readonly need: GiB; readonly kv: GiB; readonly free: GiB }
  /** Fewer than 16 blocks fit even after the PyTorch engine halved its prefill. */
  | { readonly kind: 'too-few-blocks' }
  /** The runtime buffers do not fit in what the cache left. */
  | { readonly kind: 'buffers'; readonly need: GiB; readonly left: GiB; readonly buffers: GiB };

export function problemFacts(memory: FailingVariant, scenario: TpScenario): ProblemFacts {
  const first = memory.gpus[0]?.segments;
  const kv = first?.kv ?? 0;
  // The fullest GPU would need its whole memory plus what it lacks.
  const need = gib(scenario.gpuMemory + memory.shortfall);
  switch (memory.problem) {
    case 'weights':
      return { kind: 'weights', need, over: memory.shortfall };
    case 'ratio':
      return {
        kind: 'ratio',
        countsEntries: LMDEPLOY_VERSIONS[memory.version].ratioBase === 'session-entries',
      };
    case 'cache':
      return memory.shortfall > 0
        ? { kind: 'cache', need, kv: gib(kv), free: memory.freeAfterLoad }
        : { kind: 'too-few-blocks' };
    case 'buffers':
      return {
        kind: 'buffers',
        need,
        left: gib(memory.freeAfterLoad - kv),
        buffers: gib(first?.buffers ?? 0),
      };
  }
}
