import { DEFAULT_SCENARIO } from '../inputs/scenario';
import { settleLink, URL_KEYS, type IgnoredReason, type Link, type ReadContext } from './url-keys';

export interface IgnoredParam {
  readonly key: string;
  /** What the link held, shortened so a hostile link cannot flood the notice. */
  readonly value: string;
  readonly reason: IgnoredReason;
}

export interface DecodedLink {
  readonly link: Link;
  readonly ignored: readonly IgnoredParam[];
}

export const DEFAULT_LINK: Link = { scenario: DEFAULT_SCENARIO, language: null, lesson: null };

const SHOWN_VALUE_LENGTH = 24;
const MAX_REPORTED = 20;
const KEYS = new Map(URL_KEYS.map((entry) => [entry.key, entry]));

function shorten(value: string): string {
  return value.length > SHOWN_VALUE_LENGTH ? `${value.slice(0, SHOWN_VALUE_LENGTH)}…` : value;
}

/**
 * Reads a link from a query string. Never throws: each valid key is kept, every other one
 * falls back to its default and is named, so a hand-edited link still opens.
 */
export function decodeLink(search: string): DecodedLink {
  const ignored: IgnoredParam[] = [];
  const text = new Map<string, string>();
  const accepted = new Map<
    string,
    Extract<ReturnType<(typeof URL_KEYS)[number]['accept']>, { ok: true }>
  >();
  for (const [key, value] of new URLSearchParams(search)) {
    const report = (reason: IgnoredReason) => {
      ignored.push({ key: shorten(key), value: shorten(value), reason });
    };
    const entry = KEYS.get(key);
    if (!entry) {
      report('unknown-key');
      continue;
    }
    if (text.has(key)) {
      report('duplicate');
      continue;
    }
    text.set(key, value);
    const result = entry.accept(value);
    if (result.ok) accepted.set(key, result);
    else report(result.reason);
  }

  const context: ReadContext = {
    given: new Set(accepted.keys()),
    text,
    reject: (key, reason) => {
      ignored.push({ key, value: shorten(text.get(key) ?? ''), reason });
    },
  };
  let link = DEFAULT_LINK;
  for (const entry of URL_KEYS) {
    const result = accepted.get(entry.key);
    if (result) link = result.apply(link, context);
  }
  link = settleLink(link, context);
  return { link, ignored: ignored.slice(0, MAX_REPORTED) };
}

/**
 * Writes, in the table's order, each key whose value differs from what the page opens on.
 * Links written before links were shortened hold every key, and read the same.
 */
export function encodeLink(link: Link): string {
  const params = new URLSearchParams();
  for (const entry of URL_KEYS) {
    const value = entry.write(link);
    if (value !== null && value !== entry.write(DEFAULT_LINK)) params.set(entry.key, value);
  }
  return params.toString();
}
