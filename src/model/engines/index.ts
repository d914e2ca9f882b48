import { pytorch, turbomind } from './lmdeploy';
import { sglang } from './sglang';
import { tgi } from './tgi';
import { trtllm } from './trtllm';
import { vllm } from './vllm';

/**
 * Every engine the comparison shows, in its order. An engine is one module exporting one
 * record; adding one is adding its module, listing it here, and giving it messages.
 */
export const ENGINES = [turbomind, pytorch, vllm, sglang, trtllm, tgi] as const;
export type EngineId = (typeof ENGINES)[number]['id'];

/** The engines other than LMDeploy, whose knob the page offers as an input of its own. */
export const PEER_ENGINES = { vllm, sglang, trtllm, tgi } as const;
export type PeerEngineId = keyof typeof PEER_ENGINES;
export const PEER_ENGINE_IDS = Object.keys(PEER_ENGINES) as readonly PeerEngineId[];
