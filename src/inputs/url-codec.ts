import { z } from 'zod/mini';
import {
  ENGINE_VERSIONS,
  GPU_PRESETS,
  KV_PRECISIONS,
  MODEL_PRESETS,
  WEIGHT_PRECISIONS,
} from '../model';
import { decodePastedModel, encodePastedModel } from './config-codec';
import {
  DEFAULT_INPUTS,
  INPUT_KEYS,
  INPUTS,
  type InputDefinition,
  type InputKey,
} from './definitions';
import { numberTextSchema } from './number-text';
import {
  DEFAULT_SCENARIO,
  findGpu,
  MAX_LISTED_GPUS,
  MAX_USED_BY_OTHERS,
  OVERHEAD_MODES,
  PASTED_MODEL_ID,
  pickGpu,
  pickModel,
  choosePastedModel,
  setUsedByOthers,
  type Scenario,
} from './scenario';

export type IgnoredReason =
  | 'unknown-option'
  | 'bad-config'
  | 'not-a-number'
  | 'out-of-range'
  | 'not-an-integer'
  | 'too-long'
  | 'duplicate'
  | 'unknown-key'
  | 'exceeds-model';

export interface IgnoredParam {
  readonly key: string;
  /** What the link held, shortened so a hostile link cannot flood the notice. */
  readonly value: string;
  readonly reason: IgnoredReason;
}

export interface DecodedScenario {
  readonly scenario: Scenario;
  readonly ignored: readonly IgnoredParam[];
}

/** Query keys for the choices; the numeric inputs use their own `urlKey`. */
export const CHOICE_URL_KEYS = {
  gpu: 'gpu',
  model: 'model',
  weights: 'w',
  kvCache: 'kv',
  pasted: 'cfg',
  versions: 'pair',
  overheadMode: 'overhead',
  usedByOthers: 'used',
} as const;

/** Links from before the overhead model held one `O`, taken before the KV cache was sized. */
const LEGACY_OVERHEAD_KEY = 'O';

const choiceSchemas = {
  gpu: z.string().check(z.refine((id) => GPU_PRESETS.some((gpu) => gpu.id === id))),
  model: z
    .string()
    .check(
      z.refine((id) => id === PASTED_MODEL_ID || MODEL_PRESETS.some((model) => model.id === id)),
    ),
  weights: z.enum(WEIGHT_PRECISIONS),
  kvCache: z.enum(KV_PRECISIONS),
  versions: z.pipe(
    z.pipe(
      z.string(),
      z.transform((text) => text.split(',')),
    ),
    z.tuple([z.enum(ENGINE_VERSIONS), z.enum(ENGINE_VERSIONS)]),
  ),
  overheadMode: z.enum(OVERHEAD_MODES),
  usedByOthers: z.pipe(
    z.pipe(
      z.string(),
      z.transform((text) => text.split(',')),
    ),
    z
      .array(
        z.pipe(numberTextSchema, z.number().check(z.minimum(0), z.maximum(MAX_USED_BY_OTHERS))),
      )
      .check(z.maxLength(MAX_LISTED_GPUS)),
  ),
};

/** Keys owned by other parts of the page; the scenario codec leaves them alone. */
const FOREIGN_KEYS = new Set(['lang', 'lesson']);

const SHOWN_VALUE_LENGTH = 24;
const MAX_REPORTED = 20;

function valueSchema(definition: InputDefinition) {
  const range = [
    z.minimum(definition.min, { error: 'out-of-range' }),
    z.maximum(definition.max, { error: 'out-of-range' }),
  ];
  const number = definition.integer
    ? z.number().check(z.refine(Number.isInteger, { error: 'not-an-integer' }), ...range)
    : z.number().check(...range);
  return z.pipe(numberTextSchema, number);
}

const VALUE_SCHEMAS = Object.fromEntries(
  INPUT_KEYS.map((key) => [key, valueSchema(INPUTS[key])]),
) as Record<InputKey, ReturnType<typeof valueSchema>>;

const URL_KEY_TO_INPUT = new Map<string, InputKey>(
  INPUT_KEYS.map((key) => [INPUTS[key].urlKey, key]),
);
const CHOICE_KEYS = new Set<string>(Object.values(CHOICE_URL_KEYS));

function shorten(value: string): string {
  return value.length > SHOWN_VALUE_LENGTH ? `${value.slice(0, SHOWN_VALUE_LENGTH)}…` : value;
}

function reasonOf(error: z.core.$ZodError): IgnoredReason {
  const message = error.issues[0]?.message;
  const known: readonly IgnoredReason[] = [
    'too-long',
    'not-a-number',
    'out-of-range',
    'not-an-integer',
  ];
  return known.find((reason) => reason === message) ?? 'not-a-number';
}

/**
 * Reads a scenario from a query string. Never throws: each valid key is kept, every other
 * one falls back to its default and is reported, so a hand-edited link still opens.
 */
export function decodeScenario(search: string): DecodedScenario {
  const params = new URLSearchParams(search);
  const values: Partial<Record<InputKey, number>> = {};
  const choices: Partial<Record<string, string>> = {};
  const seen = new Set<string>();
  const ignored: IgnoredParam[] = [];

  for (const [rawKey, rawValue] of params) {
    if (FOREIGN_KEYS.has(rawKey)) continue;
    const key = URL_KEY_TO_INPUT.get(rawKey);
    const report = (reason: IgnoredReason) =>
      ignored.push({ key: shorten(rawKey), value: shorten(rawValue), reason });
    if (key === undefined && !CHOICE_KEYS.has(rawKey) && rawKey !== LEGACY_OVERHEAD_KEY) {
      report('unknown-key');
      continue;
    }
    if (seen.has(rawKey)) {
      report('duplicate');
      continue;
    }
    seen.add(rawKey);
    if (key === undefined) {
      choices[rawKey] = rawValue;
      continue;
    }
    const parsed = VALUE_SCHEMAS[key].safeParse(rawValue);
    if (parsed.success) values[key] = parsed.data;
    else report(reasonOf(parsed.error));
  }

  const choice = <T>(name: keyof typeof choiceSchemas, schema: z.ZodMiniType<T>): T | undefined => {
    const urlKey = CHOICE_URL_KEYS[name];
    const raw = choices[urlKey];
    if (raw === undefined) return undefined;
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    ignored.push({ key: urlKey, value: shorten(raw), reason: 'unknown-option' });
    return undefined;
  };

  const inputs = { ...DEFAULT_INPUTS, ...values };
  if (inputs.E > inputs.S) {
    if (values.E !== undefined) {
      ignored.push({ key: INPUTS.E.urlKey, value: String(values.E), reason: 'exceeds-model' });
    }
    inputs.E = Math.min(DEFAULT_INPUTS.E, inputs.S);
  }

  let scenario: Scenario = { ...DEFAULT_SCENARIO, inputs };
  const weights = choice('weights', choiceSchemas.weights);
  const kvCache = choice('kvCache', choiceSchemas.kvCache);
  if (weights) scenario = { ...scenario, weights };
  const versions = choice('versions', choiceSchemas.versions);
  if (versions) scenario = { ...scenario, versions: { pre: versions[0], post: versions[1] } };
  const overheadMode = choice('overheadMode', choiceSchemas.overheadMode);
  if (overheadMode) scenario = { ...scenario, overheadMode };
  const usedByOthers = choice('usedByOthers', choiceSchemas.usedByOthers);
  if (usedByOthers) scenario = setUsedByOthers(scenario, usedByOthers);
  if (kvCache) scenario = { ...scenario, kvCache };

  const gpu = choice('gpu', choiceSchemas.gpu);
  const gpuMemory = findGpu(gpu ?? null)?.memoryGiB;
  if (gpu && gpuMemory !== undefined) {
    // An explicit T that differs from the preset is a custom GPU; T wins.
    if (values.T === undefined) scenario = pickGpu(scenario, gpu);
    else if (values.T === gpuMemory) scenario = { ...scenario, gpu };
  }

  const model = choice('model', choiceSchemas.model);
  const pastedText = choices[CHOICE_URL_KEYS.pasted];
  if (model === PASTED_MODEL_ID) {
    const pasted = pastedText === undefined ? null : decodePastedModel(pastedText);
    if (pasted) scenario = choosePastedModel(scenario, pasted);
    else
      ignored.push({
        key: CHOICE_URL_KEYS.pasted,
        value: shorten(pastedText ?? ''),
        reason: 'bad-config',
      });
  } else if (model) {
    scenario = pickModel(scenario, model);
  }
  // Sizes in the link win over the model's own: they are what the sender set by hand.
  if (values.S !== undefined || values.E !== undefined) {
    scenario = { ...scenario, sizes: 'manual', inputs };
  }

  const legacyOverhead = choices[LEGACY_OVERHEAD_KEY];
  if (legacyOverhead !== undefined) {
    const parsed = VALUE_SCHEMAS.ctx.safeParse(legacyOverhead);
    if (parsed.success && overheadMode === undefined) {
      // The old single overhead was all taken before the KV cache: a context of that size.
      scenario = {
        ...scenario,
        overheadMode: 'realistic',
        inputs: { ...scenario.inputs, ctx: parsed.data, nccl: 0, buf: 0 },
      };
    } else {
      ignored.push({
        key: LEGACY_OVERHEAD_KEY,
        value: shorten(legacyOverhead),
        reason: parsed.success ? 'duplicate' : reasonOf(parsed.error),
      });
    }
  }

  return { scenario, ignored: ignored.slice(0, MAX_REPORTED) };
}

function formatForUrl(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}

/**
 * Writes every choice and input, so a shared link keeps its meaning even if defaults change.
 * S and E are written only when set by hand; otherwise they follow from the model.
 */
export function encodeScenario(scenario: Scenario, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (scenario.gpu) params.set(CHOICE_URL_KEYS.gpu, scenario.gpu);
  params.set(CHOICE_URL_KEYS.model, scenario.model);
  if (scenario.model === PASTED_MODEL_ID && scenario.pasted) {
    params.set(CHOICE_URL_KEYS.pasted, encodePastedModel(scenario.pasted));
  }
  params.set(CHOICE_URL_KEYS.weights, scenario.weights);
  params.set(CHOICE_URL_KEYS.kvCache, scenario.kvCache);
  params.set(CHOICE_URL_KEYS.versions, `${scenario.versions.pre},${scenario.versions.post}`);
  params.set(CHOICE_URL_KEYS.overheadMode, scenario.overheadMode);
  if (scenario.usedByOthers.length > 0) {
    params.set(
      CHOICE_URL_KEYS.usedByOthers,
      scenario.usedByOthers.map((value) => formatForUrl(value, 2)).join(','),
    );
  }
  for (const key of INPUT_KEYS) {
    if ((key === 'S' || key === 'E') && scenario.sizes === 'derived') continue;
    params.set(INPUTS[key].urlKey, formatForUrl(scenario.inputs[key], INPUTS[key].decimals));
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}
