import { z } from 'zod/mini';
import { LANGUAGE_URL_KEY, LANGUAGES } from '../i18n/languages';
import { decodePastedModel, encodePastedModel } from '../inputs/config-codec';
import { INPUT_KEYS, INPUTS, type InputKey } from '../inputs/definitions';
import { numberTextSchema } from '../inputs/number-text';
import {
  choosePastedModel,
  effectiveInputs,
  MAX_LISTED_GPUS,
  MAX_USED_BY_OTHERS,
  OVERHEAD_MODES,
  PASTED_MODEL_ID,
  pickGpu,
  pickModel,
  setUsedByOthers,
  type Scenario,
} from '../inputs/scenario';
import { LESSON_IDS, LESSON_URL_KEY } from '../lessons/lessons';
import {
  ENGINE_VERSIONS,
  findGpu,
  findModel,
  GPU_PRESETS,
  KV_PRECISIONS,
  LEGACY_VERSION_IDS,
  WEIGHT_PRECISIONS,
} from '../model';
import {
  commaSeparated,
  defineKey,
  formatNumber,
  numberSchema,
  onScenario,
  optionKey,
  type ReadContext,
  type Link,
  type UrlKey,
} from './key-spec';

export type { IgnoredReason, Link, ReadContext, UrlKey } from './key-spec';

const LEGACY_VERSION_NAMES = Object.keys(LEGACY_VERSION_IDS) as (keyof typeof LEGACY_VERSION_IDS)[];

/**
 * A numeric input. S and E are written only when set by hand, and read in `settleLink` once
 * the model and weight format are known; T without a GPU of that size leaves the preset.
 */
function inputKey(key: InputKey): UrlKey {
  const definition = INPUTS[key];
  return defineKey({
    key: definition.urlKey,
    schema: numberSchema(definition),
    reason: 'not-a-number',
    read: onScenario((scenario, value: number) => {
      const inputs = { ...scenario.inputs, [key]: value };
      const gpu =
        key === 'T' && findGpu(scenario.gpu ?? '')?.memoryGiB !== value ? null : scenario.gpu;
      return { ...scenario, inputs, gpu };
    }),
    write: ({ scenario }) =>
      (key === 'S' || key === 'E') && scenario.sizes === 'derived'
        ? null
        : formatNumber(scenario.inputs[key], definition.decimals),
  });
}

/** The pasted model the link's `cfg` holds; the scenario as it was when it holds none. */
function withPastedModel(scenario: Scenario, context: ReadContext): Scenario {
  const text = context.text.get('cfg');
  const pasted = text === undefined ? null : decodePastedModel(text);
  if (pasted) return choosePastedModel(scenario, pasted);
  context.reject('cfg', 'bad-config');
  return scenario;
}

/**
 * What the link's keys mean together, once every one is read: S and E given by hand win over
 * the model's own sizes (a missing one is the model's, an E above S is refused).
 */
export function settleLink(link: Link, context: ReadContext): Link {
  const { scenario } = link;
  // The model and weight keys, read after these, derive the sizes anew: read the text again.
  const given = (key: 'S' | 'E') => {
    const text = context.given.has(INPUTS[key].urlKey)
      ? context.text.get(INPUTS[key].urlKey)
      : undefined;
    const parsed = text === undefined ? null : numberSchema(INPUTS[key]).safeParse(text);
    return parsed?.success ? parsed.data : null;
  };
  const givenS = given('S');
  const givenE = given('E');
  if (givenS === null && givenE === null) return link;
  const derived = effectiveInputs({ ...scenario, sizes: 'derived' });
  const S = givenS ?? derived.S;
  let E = givenE ?? Math.min(derived.E, S);
  if (E > S) {
    context.reject(INPUTS.E.urlKey, 'exceeds-model');
    E = Math.min(derived.E, S);
  }
  return {
    ...link,
    scenario: { ...scenario, sizes: 'manual', inputs: { ...scenario.inputs, S, E } },
  };
}

/** Every key a link may hold, in the order they are read and written. */
export const URL_KEYS: readonly UrlKey[] = [
  ...INPUT_KEYS.map(inputKey),
  optionKey(
    'w',
    WEIGHT_PRECISIONS,
    (scenario, weights) => ({ ...scenario, weights }),
    (s) => s.weights,
  ),
  optionKey(
    'kv',
    KV_PRECISIONS,
    (scenario, kvCache) => ({ ...scenario, kvCache }),
    (s) => s.kvCache,
  ),
  defineKey({
    key: 'versions',
    schema: z.pipe(commaSeparated, z.tuple([z.enum(ENGINE_VERSIONS), z.enum(ENGINE_VERSIONS)])),
    reason: 'unknown-option',
    read: onScenario((scenario, [pre, post]) => ({ ...scenario, versions: { pre, post } })),
    write: ({ scenario }) => `${scenario.versions.pre},${scenario.versions.post}`,
  }),
  defineKey({
    // Links from before the release lines were split name the wider lines they then showed.
    key: 'pair',
    schema: z.pipe(
      commaSeparated,
      z.tuple([z.enum(LEGACY_VERSION_NAMES), z.enum(LEGACY_VERSION_NAMES)]),
    ),
    reason: 'unknown-option',
    read: (link, [pre, post], context) => {
      if (context.given.has('versions')) {
        context.reject('pair', 'conflict');
        return link;
      }
      const versions = { pre: LEGACY_VERSION_IDS[pre], post: LEGACY_VERSION_IDS[post] };
      return { ...link, scenario: { ...link.scenario, versions } };
    },
    write: () => null,
  }),
  optionKey(
    'overhead',
    OVERHEAD_MODES,
    (scenario, overheadMode) => ({ ...scenario, overheadMode }),
    (s) => s.overheadMode,
  ),
  defineKey({
    key: 'used',
    schema: z.pipe(
      commaSeparated,
      z
        .array(
          z.pipe(numberTextSchema, z.number().check(z.minimum(0), z.maximum(MAX_USED_BY_OTHERS))),
        )
        .check(z.maxLength(MAX_LISTED_GPUS)),
    ),
    reason: 'unknown-option',
    read: onScenario(setUsedByOthers),
    write: ({ scenario }) =>
      scenario.usedByOthers.length > 0
        ? scenario.usedByOthers.map((value) => formatNumber(value, 2)).join(',')
        : null,
  }),
  defineKey({
    key: 'gpu',
    schema: z.enum(GPU_PRESETS.map((gpu) => gpu.id)),
    reason: 'unknown-option',
    // An explicit T that differs from the preset is a custom GPU; T wins.
    read: onScenario((scenario, id: string, context) => {
      if (!context.given.has(INPUTS.T.urlKey)) return pickGpu(scenario, id);
      return findGpu(id)?.memoryGiB === scenario.inputs.T ? { ...scenario, gpu: id } : scenario;
    }),
    write: ({ scenario }) => scenario.gpu,
  }),
  defineKey({
    key: 'model',
    schema: z
      .string()
      .check(z.refine((id) => id === PASTED_MODEL_ID || findModel(id) !== undefined)),
    reason: 'unknown-option',
    read: onScenario((scenario, id: string, context) => {
      if (id !== PASTED_MODEL_ID) {
        if (context.given.has('cfg')) context.reject('cfg', 'conflict');
        return pickModel(scenario, id);
      }
      return withPastedModel(scenario, context);
    }),
    write: ({ scenario }) => scenario.model,
  }),
  defineKey({
    // Read by the model key when it is there; alone, it stands for `model=config`.
    key: 'cfg',
    schema: z.string(),
    reason: 'bad-config',
    read: (link, _, context) =>
      context.given.has('model')
        ? link
        : { ...link, scenario: withPastedModel(link.scenario, context) },
    write: ({ scenario }) =>
      scenario.model === PASTED_MODEL_ID && scenario.pasted
        ? encodePastedModel(scenario.pasted)
        : null,
  }),
  defineKey({
    // Links from before the overhead model held one `O`, taken before the cache was sized.
    key: 'O',
    schema: numberSchema(INPUTS.ctx),
    reason: 'not-a-number',
    read: (link, value: number, context) => {
      if (context.given.has('overhead')) {
        context.reject('O', 'conflict');
        return link;
      }
      const { scenario } = link;
      const inputs = { ...scenario.inputs, ctx: value, nccl: 0, buf: 0 };
      return { ...link, scenario: { ...scenario, overheadMode: 'realistic', inputs } };
    },
    write: () => null,
  }),
  defineKey({
    key: LANGUAGE_URL_KEY,
    schema: z.enum(LANGUAGES),
    reason: 'unknown-option',
    read: (link, language) => ({ ...link, language }),
    write: ({ language }) => language,
  }),
  defineKey({
    key: LESSON_URL_KEY,
    schema: z.enum(LESSON_IDS),
    reason: 'unknown-option',
    read: (link, lesson) => ({ ...link, lesson }),
    write: ({ lesson }) => lesson,
  }),
];
