import { SEGMENTS, VARIANTS } from '../model';
import type { Scenario } from '../inputs/scenario';
import type { SettledView } from './settled-view';

/** Enough decimals that the CSV reproduces the page's two-decimal GiB after rounding. */
const CSV_DECIMALS = 4;

export function scenarioCsv(view: SettledView): string {
  const rows = [['variant', 'gpu', 'segment', 'gib']];
  for (const variant of VARIANTS) {
    for (const gpu of view.comparison[variant].gpus) {
      for (const segment of SEGMENTS) {
        rows.push([
          variant,
          String(gpu.rank),
          segment,
          gpu.segments[segment].toFixed(CSV_DECIMALS),
        ]);
      }
    }
  }
  for (const variant of VARIANTS) {
    const { capacity } = view.plans[variant];
    rows.push([variant, 'all', 'version', view.versions[variant]]);
    rows.push([variant, 'all', 'kv_blocks', String(capacity.blocks)]);
    rows.push([variant, 'all', 'kv_tokens', String(capacity.tokens)]);
    rows.push([variant, 'all', 'sessions', String(capacity.sessions)]);
  }
  return `${rows.map((row) => row.join(',')).join('\n')}\n`;
}

export function scenarioJson(scenario: Scenario, view: SettledView): string {
  const variant = (name: (typeof VARIANTS)[number]) => {
    const memory = view.comparison[name];
    return {
      version: memory.version,
      fits: memory.fits,
      problem: memory.fits ? null : memory.problem,
      freePerGpuGiB: memory.freePerGpu,
      reserveGiB: memory.reserve,
      weightsPerGpuGiB: memory.weightsPerGpu,
      freeAfterLoadGiB: memory.freeAfterLoad,
      kvCachePerGpuGiB: memory.kvCachePerGpu,
      segmentsPerGpuGiB: memory.gpus.map((gpu) => gpu.segments),
      kvCapacity: view.plans[name].capacity,
      smallestCacheMaxEntryCount: view.plans[name].smallestRatio,
      fewestGpus: view.plans[name].fewestGpus,
    };
  };
  const document = {
    model: view.model.name,
    scenario: { ...scenario, inputs: view.inputs },
    kvBytesPerTokenPerGpu: view.layout.bytesPerTokenPerGpu,
    tpFindings: view.findings,
    pre: variant('pre'),
    post: variant('post'),
    freedPerGpuGiB: view.comparison.freedPerGpu,
    extraKvCachePerGpuGiB: view.comparison.extraKvCachePerGpu,
    duplicatedAcrossGroupGiB: view.comparison.duplicatedAcrossGroup,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
