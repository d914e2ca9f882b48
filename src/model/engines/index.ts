export { lmdeployEngine } from './lmdeploy';
import { sglang } from './sglang';
import { tgi } from './tgi';
import { trtllm } from './trtllm';
import { vllm } from './vllm';

/**
 * The engines the comparison shows beside the charts' two LMDeploy release lines, in its
 * order, each with its knob as an input of its own. An engine is one module exporting one
 * record; adding one is adding its module, listing it here, and giving it messages.
 */
export const PEER_ENGINES = { vllm, sglang, trtllm, tgi } as const;
export type PeerEngineId = keyof typeof PEER_ENGINES;
export const PEER_ENGINE_IDS = Object.keys(PEER_ENGINES) as readonly PeerEngineId[];
