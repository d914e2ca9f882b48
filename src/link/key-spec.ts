import { z } from 'zod/mini';
import type { Language } from '../i18n/languages';
import type { InputDefinition } from '../inputs/definitions';
import { numberTextSchema } from '../inputs/number-text';
import type { Scenario } from '../inputs/scenario';
import type { LessonId } from '../lessons/lessons';

/**
 * What a query-string key is made of, and the builders the key table is written with: a
 * schema checks the text, `read` applies it to the link, `write` gives the text back.
 */

/** Everything a link holds: the scenario, and the page's language and lesson. */
export interface Link {
  readonly scenario: Scenario;
  /** The language the link asks for; null leaves it to the browser. */
  readonly language: Language | null;
  readonly lesson: LessonId | null;
}

export type IgnoredReason =
  | 'unknown-option'
  | 'bad-config'
  | 'not-a-number'
  | 'out-of-range'
  | 'not-an-integer'
  | 'too-long'
  | 'duplicate'
  | 'unknown-key'
  | 'exceeds-model'
  /** Another key of the link says otherwise, and it was kept. */
  | 'conflict';

/** While a link is read: which keys it held and their text, and a way to refuse one. */
export interface ReadContext {
  /** Keys whose text passed their check. */
  readonly given: ReadonlySet<string>;
  readonly text: ReadonlyMap<string, string>;
  /** Names `key` in the notice; its value is not used. */
  readonly reject: (key: string, reason: IgnoredReason) => void;
}

export type Accepted =
  | { readonly ok: true; readonly apply: (link: Link, context: ReadContext) => Link }
  | { readonly ok: false; readonly reason: IgnoredReason };

/**
 * One query-string key: whether its text is acceptable, what it then does to the link being
 * read, and what is written for it (null leaves it out). Keys are read in the table's order,
 * so a key may build on one above it.
 */
export interface UrlKey {
  readonly key: string;
  readonly accept: (text: string) => Accepted;
  readonly write: (link: Link) => string | null;
}

export interface KeySpec<T> {
  readonly key: string;
  readonly schema: z.ZodMiniType<T>;
  /** Why a value that fails the schema is ignored, unless the schema names it. */
  readonly reason: IgnoredReason;
  readonly read: (link: Link, value: T, context: ReadContext) => Link;
  readonly write: (link: Link) => string | null;
}

const SCHEMA_REASONS: readonly IgnoredReason[] = [
  'too-long',
  'not-a-number',
  'out-of-range',
  'not-an-integer',
];

export function defineKey<T>(spec: KeySpec<T>): UrlKey {
  return {
    key: spec.key,
    accept: (text) => {
      const parsed = spec.schema.safeParse(text);
      if (parsed.success) {
        return { ok: true, apply: (link, context) => spec.read(link, parsed.data, context) };
      }
      const message = parsed.error.issues[0]?.message;
      return {
        ok: false,
        reason: SCHEMA_REASONS.find((named) => named === message) ?? spec.reason,
      };
    },
    write: spec.write,
  };
}

export function numberSchema(definition: InputDefinition) {
  const range = [
    z.minimum(definition.min, { error: 'out-of-range' }),
    z.maximum(definition.max, { error: 'out-of-range' }),
  ];
  const number = definition.integer
    ? z.number().check(z.refine(Number.isInteger, { error: 'not-an-integer' }), ...range)
    : z.number().check(...range);
  return z.pipe(numberTextSchema, number);
}

export const commaSeparated = z.pipe(
  z.string(),
  z.transform((text) => text.split(',')),
);

export const formatNumber = (value: number, decimals: number) =>
  String(Number(value.toFixed(decimals)));

export const onScenario =
  <T>(change: (scenario: Scenario, value: T, context: ReadContext) => Scenario) =>
  (link: Link, value: T, context: ReadContext): Link => ({
    ...link,
    scenario: change(link.scenario, value, context),
  });

/** A named option, written as it stands. */
export function optionKey<T extends string>(
  key: string,
  options: readonly T[],
  read: (scenario: Scenario, value: T) => Scenario,
  write: (scenario: Scenario) => T,
): UrlKey {
  return defineKey({
    key,
    schema: z.enum(options),
    reason: 'unknown-option',
    read: onScenario(read),
    write: ({ scenario }) => write(scenario),
  });
}
