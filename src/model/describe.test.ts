import { describe, expect, it } from 'vitest';
import {
  formulaText,
  kvFormula,
  pairKind,
  pairUsesPytorch,
  problemFacts,
  serves,
  versionFindings,
} from './describe';
import { documentedExample, presetArchitecture } from '../test-support/fixtures';
import { computeVariant, type FailingVariant } from './lmdeploy/variant-memory';
import type { EngineVersion } from './lmdeploy/versions';
import type { TpScenario } from './tp-scenario';
import { gib } from './units';

const scenario = documentedExample;

/** The formula as the page prints it, with numbers to three decimals at most. */
const written = (version: EngineVersion, tp = scenario()) => {
  const formula = kvFormula(version, computeVariant(tp, version), tp);
  return {
    short: formula.short,
    symbols: formula.symbols,
    numbers: formulaText(formula.numbers, (value) => String(Number(value.toFixed(3)))),
  };
};

describe('the pair the charts show', () => {
  it('is a sharding pair only when the vocabulary rule is all that differs', () => {
    expect(pairKind({ pre: 'tm022', post: 'tm060' })).toBe('sharding');
    expect(pairKind({ pre: 'tm022', post: 'tm150' })).toBe('sharding');
    // λ of total memory on the left: more than sharding differs.
    expect(pairKind({ pre: 'tm020', post: 'tm060' })).toBe('other');
    // Another backend on the right.
    expect(pairKind({ pre: 'tm022', post: 'pt092' })).toBe('other');
    expect(pairKind({ pre: 'tm060', post: 'tm022' })).toBe('other');
  });

  it('knows when the PyTorch engine is in it', () => {
    expect(pairUsesPytorch({ pre: 'tm022', post: 'tm060' })).toBe(false);
    expect(pairUsesPytorch({ pre: 'pt060', post: 'tm060' })).toBe(true);
  });
});

describe('what λ multiplies, written out', () => {
  it('v0.6.0: λ × (T − S/P) = 0.8 × (80 − 140/4)', () => {
    expect(written('tm060')).toEqual({
      short: 'λ × F',
      symbols: 'λ × (T − S/P)',
      numbers: '0.8 × (80 − 140/4)',
    });
  });

  it('before v0.6.0 the vocabulary layers are whole on every GPU', () => {
    expect(written('tm022')).toEqual({
      short: 'λ × F',
      symbols: 'λ × (T − ((S − E)/P + E))',
      numbers: '0.8 × (80 − ((140 − 2)/4 + 2))',
    });
  });

  it('names memory held by others and the overhead only when there is some', () => {
    const busy = scenario({ usedByOthers: [0, 2], overhead: gib(0.4) });
    expect(written('tm060', busy)).toMatchObject({
      symbols: 'λ × (T − max X − O − S/P)',
      numbers: '0.8 × (80 − 2 − 0.4 − 140/4)',
    });
  });

  it('the PyTorch engine takes its reserve R out first', () => {
    // R = (8192 + 2 × 128) × 128,256 × 2 B = 2,167,013,376 B ≈ 2.018 GiB.
    expect(written('pt092')).toEqual({
      short: 'λ × (F − R)',
      symbols: 'λ × (T − ((S − E)/P + E) − R)',
      numbers: '0.8 × (80 − ((140 − 2)/4 + 2) − 2.018)',
    });
  });

  it('v0.2.0–v0.2.1: λ × T', () => {
    expect(written('tm020', scenario({ cacheMaxEntryCount: 0.5 }))).toEqual({
      short: 'λ × T',
      symbols: 'λ × T',
      numbers: '0.5 × 80',
    });
  });

  it('λ ≥ 1 counts blocks, and in v0.0.x whole sessions', () => {
    // A block of 64 tokens × 81,920 B = 5,242,880 B.
    expect(written('tm100', scenario({ cacheMaxEntryCount: 1000 }))).toMatchObject({
      symbols: 'λ blocks × block_bytes',
      numbers: '1000 × 5242880 B',
    });
    expect(written('tm000', scenario({ cacheMaxEntryCount: 48 }))).toMatchObject({
      symbols: 'λ × session_len × bytes/token',
      numbers: '48 × 2048 × 81920 B',
    });
  });
});

describe('why a version fails, and whether it serves', () => {
  const failing = (tp: TpScenario, version: EngineVersion): FailingVariant => {
    const memory = computeVariant(tp, version);
    if (memory.fits) throw new Error('expected a failure');
    return memory;
  };

  it('weights: the fullest GPU needs T plus what it lacks', () => {
    // T = 24, P = 2, v0.6.0: W = 70, so the GPU needs 70 GiB, 46 more than it has.
    const tp = scenario({ gpuMemory: gib(24), tpDegree: 2 });
    expect(problemFacts(failing(tp, 'tm060'), tp)).toEqual({
      kind: 'weights',
      need: 70,
      over: 46,
    });
  });

  it('the knob: v0.0.x counts sessions, v0.15 takes only a share', () => {
    const blocks = scenario({ cacheMaxEntryCount: 1000 });
    expect(problemFacts(failing(blocks, 'tm150'), blocks)).toEqual({
      kind: 'ratio',
      countsEntries: false,
    });
    const share = scenario();
    expect(problemFacts(failing(share, 'tm000'), share)).toEqual({
      kind: 'ratio',
      countsEntries: true,
    });
  });

  it('the cache: λ × T = 64 GiB is more than the 43.5 GiB free', () => {
    const tp = scenario();
    expect(problemFacts(failing(tp, 'tm020'), tp)).toEqual({
      kind: 'cache',
      need: 100.5,
      kv: 64,
      free: 43.5,
    });
  });

  it('serves only what fits and accepts the TP degree', () => {
    const glm = presetArchitecture('glm-4-9b-chat');
    const tp = scenario();
    const memory = computeVariant(tp, 'tm060');
    expect(serves(versionFindings(glm, 8, 'tm065'), memory)).toBe(true);
    // Before v0.6.5 two KV heads cannot be spread over 8 GPUs.
    expect(serves(versionFindings(glm, 8, 'tm060'), memory)).toBe(false);
    expect(serves(versionFindings(glm, 8, 'pt060'), memory)).toBe(false);
    expect(serves([], computeVariant(scenario({ gpuMemory: gib(24) }), 'tm060'))).toBe(false);
  });
});
