import { PEER_ENGINE_IDS, PEER_ENGINES, type PeerEngineId } from '../model';

/**
 * One record per user input: the URL codec, the form controls and the validation are all
 * derived from this table, so adding an input means adding one entry here. The other
 * engines' knobs come from the engine registry.
 */
export interface InputDefinition {
  /** Query-string key. */
  readonly urlKey: string;
  /** How formulas and labels write it. */
  readonly symbol: string;
  readonly defaultValue: number;
  readonly min: number;
  readonly max: number;
  /** The slider may cover a narrower range than the typed field accepts. */
  readonly sliderMax?: number;
  readonly step: number;
  readonly integer: boolean;
  readonly unit: 'GiB' | null;
  /** A logarithmic slider suits inputs that span orders of magnitude. */
  readonly sliderScale: 'linear' | 'log';
  /** Decimals kept when a value is written to the URL. */
  readonly decimals: number;
}

const SCENARIO_INPUT_KEYS = [
  'T',
  'S',
  'E',
  'lambda',
  'P',
  'len',
  'n',
  'ctx',
  'nccl',
  'buf',
  'cal',
  'prefill',
  'batch',
  'dp',
  'ep',
  'cp',
  'nodes',
] as const;
/** Memory a start-up log of another engine shows it did not have, beyond the page's rule. */
export type PeerCalibrationKey = `${PeerEngineId}Cal`;
export const peerCalibrationKey = (engine: PeerEngineId): PeerCalibrationKey => `${engine}Cal`;
const PEER_CALIBRATION_KEYS = PEER_ENGINE_IDS.map(peerCalibrationKey);

export type InputKey = (typeof SCENARIO_INPUT_KEYS)[number] | PeerEngineId | PeerCalibrationKey;
export const INPUT_KEYS: readonly InputKey[] = [
  ...SCENARIO_INPUT_KEYS,
  ...PEER_ENGINE_IDS,
  ...PEER_CALIBRATION_KEYS,
];
export type ScenarioInputs = Readonly<Record<InputKey, number>>;

/** A layout degree: a whole number of GPUs, 1 for none. */
const layoutDegree = (urlKey: string, symbol: string, max: number): InputDefinition => ({
  urlKey,
  symbol,
  defaultValue: 1,
  min: 1,
  max,
  step: 1,
  integer: true,
  unit: null,
  sliderScale: 'linear',
  decimals: 0,
});

/** Another engine's memory knob, a share from 0 to 1, where 0 stands for its own default. */
function engineKnob(engine: PeerEngineId): InputDefinition {
  return {
    urlKey: engine,
    symbol: PEER_ENGINES[engine].knob.symbol,
    defaultValue: 0,
    min: 0,
    max: 1,
    step: 0.01,
    integer: false,
    unit: null,
    sliderScale: 'linear',
    decimals: 3,
  };
}

const SCENARIO_INPUTS: Readonly<Record<(typeof SCENARIO_INPUT_KEYS)[number], InputDefinition>> = {
  T: {
    urlKey: 'T',
    symbol: 'T',
    defaultValue: 80,
    min: 8,
    max: 192,
    step: 0.1,
    integer: false,
    unit: 'GiB',
    sliderScale: 'linear',
    decimals: 2,
  },
  S: {
    urlKey: 'S',
    symbol: 'S',
    defaultValue: 140,
    min: 0.5,
    max: 2048,
    step: 0.1,
    integer: false,
    unit: 'GiB',
    sliderScale: 'log',
    decimals: 2,
  },
  E: {
    urlKey: 'E',
    symbol: 'E',
    defaultValue: 2,
    min: 0,
    max: 2048,
    // E rarely exceeds a few GiB even for 256k-token vocabularies; the field takes more.
    sliderMax: 16,
    step: 0.01,
    integer: false,
    unit: 'GiB',
    sliderScale: 'linear',
    decimals: 3,
  },
  lambda: {
    urlKey: 'lambda',
    symbol: 'λ',
    defaultValue: 0.8,
    min: 0.01,
    // From 1 up, TurboMind before v0.15 reads a block count (v0.0.x: whole sessions); the
    // slider covers the share, the field takes counts.
    max: 1_000_000,
    sliderMax: 0.99,
    step: 0.01,
    integer: false,
    unit: null,
    sliderScale: 'linear',
    decimals: 3,
  },
  P: {
    urlKey: 'P',
    symbol: 'P',
    defaultValue: 4,
    min: 1,
    max: 64,
    sliderMax: 16,
    step: 1,
    integer: true,
    unit: null,
    sliderScale: 'linear',
    decimals: 0,
  },
  len: {
    urlKey: 'len',
    symbol: 'L',
    defaultValue: 8192,
    min: 64,
    max: 1_048_576,
    step: 64,
    integer: true,
    unit: null,
    sliderScale: 'log',
    decimals: 0,
  },
  n: {
    urlKey: 'n',
    symbol: 'N',
    defaultValue: 32,
    min: 1,
    max: 4096,
    step: 1,
    integer: true,
    unit: null,
    sliderScale: 'log',
    decimals: 0,
  },
  ctx: {
    urlKey: 'ctx',
    symbol: 'C',
    // About 300 MB per process since CUDA 11.7 loads kernels lazily (pytorch#107667).
    defaultValue: 0.3,
    min: 0,
    max: 8,
    step: 0.05,
    integer: false,
    unit: 'GiB',
    sliderScale: 'linear',
    decimals: 2,
  },
  nccl: {
    urlKey: 'nccl',
    symbol: 'C_nccl',
    // What NCCL holds when TurboMind sizes its cache; its channel buffers grow on first use.
    defaultValue: 0.1,
    min: 0,
    max: 16,
    step: 0.05,
    integer: false,
    unit: 'GiB',
    sliderScale: 'linear',
    decimals: 2,
  },
  buf: {
    urlKey: 'buf',
    symbol: 'B',
    // 0 stands for the estimate from the model, max_batch_size and session_len.
    defaultValue: 0,
    min: 0,
    max: 32,
    step: 0.05,
    integer: false,
    unit: 'GiB',
    sliderScale: 'linear',
    decimals: 2,
  },
  cal: {
    urlKey: 'cal',
    symbol: 'C_log',
    // Memory a start-up log shows taken before the cache beyond what the other terms model;
    // negative when they model more than the log shows. Four decimals keep a block's worth.
    defaultValue: 0,
    min: -16,
    max: 64,
    step: 0.01,
    integer: false,
    unit: 'GiB',
    sliderScale: 'linear',
    decimals: 4,
  },
  prefill: {
    urlKey: 'prefill',
    symbol: 'N_prefill',
    // 0 stands for the selected version's own default.
    defaultValue: 0,
    min: 0,
    max: 131_072,
    step: 256,
    integer: true,
    unit: null,
    sliderScale: 'linear',
    decimals: 0,
  },
  batch: {
    urlKey: 'batch',
    symbol: 'N_batch',
    // 0 stands for the default the PyTorch engine picks for the GPU.
    defaultValue: 0,
    min: 0,
    max: 4096,
    step: 1,
    integer: true,
    unit: null,
    sliderScale: 'linear',
    decimals: 0,
  },
  dp: layoutDegree('dp', 'DP', 64),
  ep: layoutDegree('ep', 'EP', 64),
  cp: layoutDegree('cp', 'CP', 8),
  nodes: layoutDegree('nodes', 'N_nodes', 16),
};

/**
 * Set by calibrating to another engine's log. Six decimals (1 KiB) keep an SGLang cache, whose
 * pages are single tokens, to within a token.
 */
function engineCalibration(engine: PeerEngineId): InputDefinition {
  return {
    urlKey: peerCalibrationKey(engine),
    symbol: 'C_log',
    defaultValue: 0,
    min: -64,
    max: 64,
    step: 0.01,
    integer: false,
    unit: 'GiB',
    sliderScale: 'linear',
    decimals: 6,
  };
}

export const INPUTS = {
  ...SCENARIO_INPUTS,
  ...Object.fromEntries(PEER_ENGINE_IDS.map((engine) => [engine, engineKnob(engine)])),
  ...Object.fromEntries(
    PEER_ENGINE_IDS.map((engine) => [peerCalibrationKey(engine), engineCalibration(engine)]),
  ),
} as Readonly<Record<InputKey, InputDefinition>>;

export const DEFAULT_INPUTS: ScenarioInputs = Object.fromEntries(
  INPUT_KEYS.map((key) => [key, INPUTS[key].defaultValue]),
) as Record<InputKey, number>;
