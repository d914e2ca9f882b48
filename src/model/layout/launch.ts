import type { LmdeployBackend } from '../lmdeploy/version-spec';
import { isPlainTp, type LayoutRequest } from './parallel-layout';

/**
 * The start command under a layout: the layout's flags on the serve line, run on every node
 * with its own `--node-rank`. The PyTorch engine with `--dp` starts one API server per DP
 * rank behind a proxy (`serve/openai/launch_server.py`, PR #3414), which it finds through
 * `LMDEPLOY_DP_MASTER_ADDR` and `--proxy-url`.
 */
export function withLayoutFlags(
  lines: readonly string[],
  request: LayoutRequest,
  backend: LmdeployBackend,
): readonly string[] {
  const serve = lines.at(-1);
  if (serve === undefined || isPlainTp(request)) return lines;
  const flags: string[] = [];
  if (request.dp > 1) flags.push(`--dp ${String(request.dp)}`);
  if (request.ep > 1) flags.push(`--ep ${String(request.ep)}`);
  if (request.cp > 1) flags.push(`--cp ${String(request.cp)}`);
  const pytorchDp = backend === 'pytorch' && request.dp > 1;
  if (pytorchDp) flags.push('--proxy-url http://<proxy address>:23333');
  if (request.nodes > 1 || pytorchDp) {
    flags.push(`--nnodes ${String(request.nodes)}`);
    flags.push(
      request.nodes > 1 ? `--node-rank <0…${String(request.nodes - 1)}>` : '--node-rank 0',
    );
  }
  if (request.nodes > 1 && backend === 'turbomind') {
    flags.push('--dist-init-addr <node 0 address>:<port>');
  }
  const environment = pytorchDp
    ? 'LMDEPLOY_DP_MASTER_ADDR=<node 0 address> LMDEPLOY_DP_MASTER_PORT=29555 '
    : '';
  return [...lines.slice(0, -1), `${environment}${serve} ${flags.join(' ')}`];
}
