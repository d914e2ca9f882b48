import { commandNumber } from '../launch';
import { anyVocabulary, checkpointPath, onlineFp8Flag, peerEngine } from './peer';

/** TGI keeps this share of the fraction; the rest of the GPU is left as slack (`TGI_WIGGLE_ROOM`). */
export const TGI_WIGGLE_ROOM = 0.9;

const KNOB = { flag: '--cuda-memory-fraction', symbol: 'f', defaultValue: 1 } as const;

/** Hugging Face TGI: everything free after a warm-up pass, less a slack share of TOTAL memory. */
export const tgi = peerEngine('tgi', {
  name: 'TGI',
  knob: KNOB,
  pageTokens: 1,
  source: 'server/text_generation_server/models/flash_causal_lm.py warmup @v3.3.7',
  profileTokens: () => 4096,
  // The embedding is split in ceil(V/P) rows; the lm_head only when V divides by P.
  vocabRows: (vocab, tpDegree) =>
    Math.ceil(vocab / tpDegree) + (vocab % tpDegree === 0 ? vocab / tpDegree : vocab),
  // Llama's attention refuses 1 < KV heads < P rather than repeating them.
  kvHeadsPerGpu: (kvHeads, tpDegree) =>
    kvHeads > 1 && kvHeads % tpDegree !== 0 ? null : Math.max(1, Math.floor(kvHeads / tpDegree)),
  refusals: { vocabulary: anyVocabulary, kvFormats: ['int4'], latentAttention: true },
  kvBudget: ({ total, freeAtStart, weights, activations }, knob) =>
    freeAtStart - weights - activations - (1 - knob * TGI_WIGGLE_ROOM) * total,
  launchCommand: (settings) => [
    [
      `text-generation-launcher --model-id ${checkpointPath(settings)} --num-shard ${String(settings.tpDegree)}`,
      onlineFp8Flag(settings, '--quantize'),
      settings.knob === null ? '' : ` ${KNOB.flag} ${commandNumber(settings.knob)}`,
      ` --max-total-tokens ${String(settings.sessionLength)}`,
      settings.kvFormat === 'int8' ? ' --kv-cache-dtype fp8_e4m3fn' : '',
    ].join(''),
  ],
  logLines: () => [],
});
