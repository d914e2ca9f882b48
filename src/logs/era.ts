import {
  ENGINE_VERSIONS,
  LMDEPLOY_VERSIONS,
  type EngineVersion,
  type LmdeployBackend,
} from '../model';
import type { EchoedConfig } from './config-echo';

/** A release as three numbers, so that ranges compare. */
type Release = readonly [number, number, number];

const release = (text: string): Release => {
  const [major = 0, minor = 0, patch = 0] = text.split('.').map(Number);
  return [major, minor, patch];
};

const compare = (a: Release, b: Release): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** What the log's formats say about the release that printed it. */
export interface EraEvidence {
  readonly backend: LmdeployBackend;
  /** The earliest and latest releases that print every line as the log does. */
  readonly from: string;
  readonly to: string;
  /** λ ≥ 1 was given, which only some releases read as a block count. */
  readonly blockCount: boolean;
  /** 128-token blocks, as before v0.3.0. */
  readonly blockTokens: number | undefined;
}

interface Bound {
  readonly from?: string;
  readonly to?: string;
}

/** Echoed config fields and the release that added them (`lmdeploy/messages.py`). */
const TURBOMIND_FIELDS: readonly [string, Bound][] = [
  ['model_name', { to: '0.5.99' }],
  ['cache_chunk_size', { from: '0.6.0' }],
  ['dp', { from: '0.8.0' }],
  ['hf_overrides', { from: '0.10.0' }],
  ['cp', { from: '0.11.0' }],
  ['nnodes', { from: '0.12.0' }],
  ['ep', { from: '0.15.0' }],
];

const PYTORCH_FIELDS: readonly [string, Bound][] = [
  ['eviction_type', { to: '0.5.99' }],
  ['dp', { from: '0.8.0' }],
  ['attn_tp_size', { from: '0.11.0' }],
  ['kernel_block_size', { from: '0.13.0' }],
];

/** Narrows a range to what an echoed config's fields allow. */
export function fieldBounds(backend: LmdeployBackend, config: EchoedConfig): Bound[] {
  const fields = backend === 'turbomind' ? TURBOMIND_FIELDS : PYTORCH_FIELDS;
  return fields.flatMap(([field, bound]) => {
    if (config.has(field)) return [bound];
    // A field the log's release would print but did not: the release is older than it.
    return bound.from ? [{ to: previous(bound.from) }] : [];
  });
}

/** The release just before `text`'s minor line, as far as ranges go. */
function previous(text: string): string {
  const [major, minor] = release(text);
  return minor > 0 ? `${String(major)}.${String(minor - 1)}.99` : `${String(major - 1)}.99.99`;
}

/** Intersects bounds into one range; null when they exclude each other. */
export function narrow(bounds: readonly Bound[]): { from: string; to: string } | null {
  let from: Release = [0, 0, 0];
  let to: Release = [99, 99, 99];
  for (const bound of bounds) {
    if (bound.from && compare(release(bound.from), from) > 0) from = release(bound.from);
    if (bound.to && compare(release(bound.to), to) < 0) to = release(bound.to);
  }
  if (compare(from, to) > 0) return null;
  return { from: from.join('.'), to: to.join('.') };
}

/** The release lines whose span meets the evidence's range, oldest first. */
export function versionsFor(evidence: EraEvidence): EngineVersion[] {
  const from = release(evidence.from);
  const to = release(evidence.to);
  return ENGINE_VERSIONS.filter((id) => {
    const rules = LMDEPLOY_VERSIONS[id];
    if (rules.backend !== evidence.backend) return false;
    const [first, last] = rules.span;
    if (compare(release(first), to) > 0) return false;
    if (last !== null && compare(release(last), from) < 0) return false;
    if (evidence.blockCount && !rules.blockCountAboveOne) return false;
    if (evidence.blockTokens !== undefined && rules.blockTokens !== evidence.blockTokens) {
      return false;
    }
    return true;
  });
}
