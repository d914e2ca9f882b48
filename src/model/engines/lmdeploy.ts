import { serves, versionFindings } from '../describe';
import { checkpointFor } from '../lmdeploy/checkpoints';
import type { VersionFinding } from '../describe';
import type { EngineRefusal } from './engine-spec';
import { computeVariant } from '../lmdeploy/variant-memory';
import { LMDEPLOY_VERSIONS, type EngineVersion } from '../lmdeploy/versions';
import { gib } from '../units';
import type { EngineResult, EngineSpec } from './engine-spec';

function refusalOf(findings: readonly VersionFinding[], fits: boolean): EngineRefusal | null {
  if (findings.some((finding) => finding.kind === 'vision')) return 'vision';
  if (findings.some((finding) => finding.kind === 'weight-format')) return 'weight-format';
  if (findings.some((finding) => finding.kind !== 'kv-heads-replicated')) return 'heads';
  return fits ? null : 'weights';
}

/**
 * An LMDeploy release line as an engine of the comparison, so that the charts' versions stand
 * beside the others. Its rules are the version record's (`lmdeploy/versions.ts`).
 */
export function lmdeployEngine<Id extends string>(
  id: Id,
  name: string,
  version: EngineVersion,
): EngineSpec & { readonly id: Id } {
  const rules = LMDEPLOY_VERSIONS[version];
  return {
    id,
    name,
    releases: rules.releases,
    knob: { flag: '--cache-max-entry-count', symbol: 'λ', defaultValue: rules.defaultCacheRatio },
    pageTokens: rules.blockTokens,
    source: rules.source,
    evaluate: (context): EngineResult => {
      const memory = computeVariant(context.tp, version);
      const findings = versionFindings(
        context.architecture,
        context.tp.tpDegree,
        version,
        context.weightPrecision,
      );
      const served = serves(findings, memory);
      const lambda = context.tp.cacheMaxEntryCount;
      return {
        engine: id,
        knob: lambda,
        knobIsDefault: lambda === rules.defaultCacheRatio,
        weightsPerGpu: memory.weightsPerGpu,
        vocabPerGpu: gib(memory.gpus[0]?.segments.vocab ?? 0),
        activations: null,
        freeAfterLoad: memory.freeAfterLoad,
        kvCachePerGpu: served ? memory.kvCachePerGpu : gib(0),
        bytesPerToken: context.tp.kvBytesPerToken,
        pageBytes: memory.blockBytes,
        pages: served ? memory.loggedBlocks : 0,
        tokens: served ? memory.tokens : 0,
        maxBatchSize: memory.maxBatchSize,
        prefillTokens: memory.prefillTokens,
        problem: refusalOf(findings, memory.fits),
      };
    },
    checkpoint: (weights, basePath, published) =>
      checkpointFor(rules.weightLoading, weights, basePath, published),
    launchCommand: rules.command,
    logLines: (result, settings) =>
      result.problem === null
        ? rules.logLines(
            {
              blockBytes: result.pageBytes,
              loggedBlocks: result.pages,
              tokens: result.tokens,
              freeAfterLoad: result.freeAfterLoad ?? gib(0),
              kvCachePerGpu: result.kvCachePerGpu,
              maxBatchSize: result.maxBatchSize ?? 0,
              prefillTokens: result.prefillTokens,
            },
            settings,
          )
        : [],
  };
}
