import { describe, expect, it } from 'vitest';
import { applyLog } from './apply';
import { LMDEPLOY_LOGS, PEER_LOGS } from './fixtures';
import { calibratePeer, reconcilePeer } from './peer-reconcile';
import { calibrate, reconcile, type Reconciliation } from './reconcile';
import { readStartupLog } from './read-log';
import type { Scenario } from '../inputs/scenario';
import type { StartupLog } from './readings';

function read(text: string): StartupLog {
  const reading = readStartupLog(text);
  if (!reading.ok) throw new Error(`the log was refused: ${reading.problem.kind}`);
  return reading.log;
}

function reconciled(scenario: Scenario, log: StartupLog): Reconciliation {
  const result = reconcile(scenario, log);
  if (!result.ok) throw new Error(`no reconciliation: ${result.problem}`);
  return result.reconciliation;
}

describe.each(LMDEPLOY_LOGS)('$thread', ({ text, before, expected }) => {
  const log = read(text);
  const { scenario } = applyLog(before, log);
  const reconciliation = reconciled(scenario, log);

  it('sets the inputs the log fixes', () => {
    expect(scenario.versions.post).toBe(expected.version);
    expect(scenario.inputs.P).toBe(expected.tp);
    expect(scenario.inputs.lambda).toBe(expected.cacheRatio);
  });

  it('sizes a block exactly as the log prints it', () => {
    expect(reconciliation.blockBytes).toBe(expected.blockBytes);
    expect(reconciliation.blockAgrees).toBe(true);
    expect(reconciliation.count.logged).toBe(expected.blocks);
  });

  it('reproduces the logged block count once calibrated', () => {
    const calibrated = reconciled(calibrate(scenario, reconciliation), log);
    expect(Math.abs(calibrated.count.predicted - expected.blocks)).toBeLessThanOrEqual(1);
  });
});

describe.each(PEER_LOGS)('$thread', ({ text, before, expected }) => {
  const log = read(text);
  const { scenario } = applyLog(before, log);
  const reconciliation = reconcilePeer(scenario, log);
  if (!reconciliation) throw new Error('no reconciliation');

  it('sets the inputs the log fixes', () => {
    expect(log.cache.kind).toBe(expected.engine);
    expect(scenario.inputs.P).toBe(expected.tp);
  });

  it('sizes a token of the cache exactly as the log implies it', () => {
    expect(reconciliation.bytesPerToken).toBe(expected.bytesPerToken);
    expect(reconciliation.bytesAgree).toBe(true);
    expect(reconciliation.loggedTokens).toBe(expected.tokens);
  });

  it('reproduces the logged cache to one page once calibrated', () => {
    const calibrated = reconcilePeer(calibratePeer(scenario, reconciliation), log);
    expect(Math.abs((calibrated?.pageTokens ?? 0) - expected.tokens)).toBeLessThanOrEqual(
      expected.pageTokens,
    );
  });
});
