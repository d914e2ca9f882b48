import { z } from 'zod';
import { numberTextSchema } from './number-text';
import {
  DEFAULT_INPUTS,
  INPUT_KEYS,
  INPUTS,
  type InputDefinition,
  type InputKey,
  type ScenarioInputs,
} from './definitions';

export type IgnoredReason =
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
  readonly inputs: ScenarioInputs;
  readonly ignored: readonly IgnoredParam[];
}

/** Keys owned by other parts of the page; the scenario codec leaves them alone. */
const FOREIGN_KEYS = new Set(['lang']);

const SHOWN_VALUE_LENGTH = 24;
const MAX_REPORTED = 20;

function valueSchema(definition: InputDefinition) {
  const range = z
    .number()
    .min(definition.min, { error: 'out-of-range' })
    .max(definition.max, { error: 'out-of-range' });
  return numberTextSchema.pipe(definition.integer ? range.int({ error: 'not-an-integer' }) : range);
}

const VALUE_SCHEMAS = Object.fromEntries(
  INPUT_KEYS.map((key) => [key, valueSchema(INPUTS[key])]),
) as Record<InputKey, ReturnType<typeof valueSchema>>;

const URL_KEY_TO_INPUT = new Map<string, InputKey>(
  INPUT_KEYS.map((key) => [INPUTS[key].urlKey, key]),
);

function shorten(value: string): string {
  return value.length > SHOWN_VALUE_LENGTH ? `${value.slice(0, SHOWN_VALUE_LENGTH)}…` : value;
}

function reasonOf(error: z.ZodError): IgnoredReason {
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
  const seen = new Set<string>();
  const ignored: IgnoredParam[] = [];

  for (const [rawKey, rawValue] of params) {
    if (FOREIGN_KEYS.has(rawKey)) continue;
    const key = URL_KEY_TO_INPUT.get(rawKey);
    const report = (reason: IgnoredReason) =>
      ignored.push({ key: shorten(rawKey), value: shorten(rawValue), reason });
    if (key === undefined) {
      report('unknown-key');
      continue;
    }
    if (seen.has(rawKey)) {
      report('duplicate');
      continue;
    }
    seen.add(rawKey);
    const parsed = VALUE_SCHEMAS[key].safeParse(rawValue);
    if (parsed.success) values[key] = parsed.data;
    else report(reasonOf(parsed.error));
  }

  const inputs = { ...DEFAULT_INPUTS, ...values };
  if (inputs.E > inputs.S) {
    if (values.E !== undefined) {
      ignored.push({ key: INPUTS.E.urlKey, value: String(values.E), reason: 'exceeds-model' });
    }
    inputs.E = Math.min(DEFAULT_INPUTS.E, inputs.S);
  }
  return { inputs, ignored: ignored.slice(0, MAX_REPORTED) };
}

function formatForUrl(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}

/** Writes every input, so a shared link keeps its meaning even if defaults change later. */
export function encodeScenario(inputs: ScenarioInputs, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of INPUT_KEYS) {
    params.set(INPUTS[key].urlKey, formatForUrl(inputs[key], INPUTS[key].decimals));
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}
