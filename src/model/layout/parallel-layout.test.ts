import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pytorchLayout, turbomindLayout, type LayoutRequest } from './parallel-layout';

const request = (tp: number, dp: number, ep: number, cp = 1, nodes = 1): LayoutRequest => ({
  tp,
  dp,
  ep,
  cp,
  nodes,
});

describe('TurboMind from v0.15: derive_parallel_config', () => {
  // Each row run through lmdeploy/turbomind/parallel_config.py@v0.16.0 itself.
  it.each([
    [request(8, 1, 1), { devices: 8, attnTp: 8, mlpTp: 8, ep: 1, replicas: 1 }],
    [request(4, 2, 1), { devices: 8, attnTp: 4, mlpTp: 4, ep: 1, replicas: 2 }],
    [request(1, 8, 1), { devices: 8, attnTp: 1, mlpTp: 1, ep: 1, replicas: 8 }],
    [request(8, 1, 8), { devices: 8, attnTp: 8, mlpTp: 1, ep: 8, replicas: 1 }],
    [request(1, 8, 8), { devices: 8, attnTp: 1, mlpTp: 1, ep: 8, replicas: 8 }],
    [request(8, 1, 4), { devices: 8, attnTp: 8, mlpTp: 2, ep: 4, replicas: 1 }],
    [request(4, 2, 4), { devices: 8, attnTp: 4, mlpTp: 2, ep: 4, replicas: 2 }],
    [request(2, 4, 8), { devices: 8, attnTp: 2, mlpTp: 1, ep: 8, replicas: 4 }],
    [request(8, 1, 1, 2), { devices: 8, attnTp: 4, cp: 2, mlpTp: 8, replicas: 1 }],
    [request(8, 2, 1, 1, 2), { devices: 16, attnTp: 8, mlpTp: 8, gpusPerNode: 8, replicas: 2 }],
  ])('%o', (asked, expected) => {
    const result = turbomindLayout(asked);
    if (!result.ok) throw new Error(result.problem.kind);
    expect(result.layout).toMatchObject(expected);
  });

  it('refuses the legacy tp=1, ep=N spelling and names it', () => {
    expect(turbomindLayout(request(1, 1, 8))).toEqual({
      ok: false,
      problem: { kind: 'no-layout', legacyExpertSpelling: true },
    });
  });

  it('refuses expert parallelism over more than one node', () => {
    expect(turbomindLayout(request(8, 2, 8, 1, 2))).toEqual({
      ok: false,
      problem: { kind: 'ep-multi-node' },
    });
  });

  it('refuses GPUs that do not divide over the nodes', () => {
    expect(turbomindLayout(request(3, 1, 1, 1, 2))).toEqual({
      ok: false,
      problem: { kind: 'nodes-indivisible', devices: 3 },
    });
  });

  it('stops at 256 GPUs, a limit of the page', () => {
    expect(turbomindLayout(request(64, 64, 1))).toEqual({
      ok: false,
      problem: { kind: 'too-many-gpus', devices: 4096, limit: 256 },
    });
  });

  it('every layout it derives satisfies the constraint system', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 4, 8),
        fc.constantFrom(1, 2, 4, 8),
        fc.constantFrom(1, 2, 4, 8, 16),
        fc.constantFrom(1, 2),
        (tp, dp, ep, cp) => {
          const result = turbomindLayout(request(tp, dp, ep, cp));
          if (!result.ok) return;
          const { devices, attnTp, mlpTp, replicas } = result.layout;
          expect(devices).toBe(dp * attnTp * cp);
          expect(devices % (ep * mlpTp)).toBe(0);
          expect(tp % attnTp).toBe(0);
          expect(tp % mlpTp).toBe(0);
          expect(attnTp === tp || mlpTp === tp).toBe(true);
          expect(replicas).toBe(dp);
        },
      ),
    );
  });
});

describe('the PyTorch engine from v0.11: DistConfig', () => {
  it('--tp 1 --dp 16 --ep 16: sixteen GPUs, each its own replica with whole attention', () => {
    const result = pytorchLayout(request(1, 16, 16, 1, 2));
    expect(result).toEqual({
      ok: true,
      layout: {
        devices: 16,
        nodes: 2,
        gpusPerNode: 8,
        attnTp: 1,
        cp: 1,
        mlpTp: 1,
        ep: 16,
        expertTp: 1,
        vocabTp: 1,
        replicas: 16,
        replicaGpus: 1,
      },
    });
  });

  it('--tp 8 --dp 2: attention over 4 GPUs per replica, the MLP over all 8', () => {
    expect(pytorchLayout(request(8, 2, 1))).toMatchObject({
      ok: true,
      layout: { devices: 8, attnTp: 4, mlpTp: 8, expertTp: 8, replicas: 2 },
    });
  });

  it('names the assert a request fails', () => {
    // world_size = max(mlp_tp, moe_tp) = 1 cannot hold dp = 2.
    expect(pytorchLayout(request(1, 2, 1))).toEqual({
      ok: false,
      problem: { kind: 'dist-config', rule: 'dp', worldSize: 1, value: 2 },
    });
    // ep = 8 makes the world 8 and attn_tp 8, more than mlp_tp = 4.
    expect(pytorchLayout(request(4, 1, 8))).toEqual({
      ok: false,
      problem: { kind: 'dist-config', rule: 'attn-tp', worldSize: 8, value: 8 },
    });
    expect(pytorchLayout(request(4, 1, 1, 2))).toEqual({ ok: false, problem: { kind: 'no-cp' } });
  });
});
