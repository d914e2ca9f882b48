import { describe, expect, it } from 'vitest';
import { pickOverheadMode, type OverheadMode, type Scenario } from '../inputs/scenario';
import { applyLog } from './apply';
import { LMDEPLOY_LOGS, PEER_LOGS } from './fixtures';
import { reconcilePeer } from './peer-reconcile';
import { reconcile } from './reconcile';
import { readStartupLog } from './read-log';
import type { StartupLog } from './readings';
import { markdownTable, readmeTable } from '../test-support/readme';

/**
 * The README's table of how far the page's uncalibrated count is from each logged one. The
 * table is recomputed here, so a change to the model that moves a prediction fails this test
 * until the README says so.
 */

const MODES: readonly OverheadMode[] = ['formula', 'realistic'];

function read(text: string): StartupLog {
  const reading = readStartupLog(text);
  if (!reading.ok) throw new Error(`the log was refused: ${reading.problem.kind}`);
  return reading.log;
}

interface Prediction {
  readonly logged: number;
  readonly predicted: number;
  /** Free memory the page counts that the engine did not have, GiB; null when λ counts blocks. */
  readonly unexplained: number | null;
}

function lmdeployPrediction(scenario: Scenario, log: StartupLog): Prediction {
  const result = reconcile(scenario, log);
  if (!result.ok) throw new Error(`no reconciliation: ${result.problem}`);
  const { count, unexplained } = result.reconciliation;
  return { logged: count.logged, predicted: count.predicted, unexplained };
}

function peerPrediction(scenario: Scenario, log: StartupLog): Prediction {
  const reconciliation = reconcilePeer(scenario, log);
  if (!reconciliation?.loggedTokens) throw new Error('no reconciliation');
  return {
    logged: reconciliation.loggedTokens,
    predicted: reconciliation.pageTokens,
    unexplained: reconciliation.unexplained,
  };
}

const signed = (value: number, digits: number) => {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return text;
  return `${value > 0 ? '+' : '−'}${text}`;
};

const grouped = (value: number) => value.toLocaleString('en-US');

interface PredictedLog {
  readonly thread: string;
  readonly setUp: string;
  readonly memoryKnown: boolean;
  readonly text: string;
  readonly before: Scenario;
}

function tableRow(
  fixture: PredictedLog,
  predict: (scenario: Scenario, log: StartupLog) => Prediction,
  unit: string,
): string[] {
  const log = read(fixture.text);
  const { scenario } = applyLog(fixture.before, log);
  const [formula, realistic] = MODES.map((mode) => predict(pickOverheadMode(scenario, mode), log));
  if (!formula || !realistic) throw new Error('two overhead modes');
  const cell = ({ predicted, logged }: Prediction) => {
    if (predicted === 0) return 'out of memory';
    const count = grouped(predicted);
    if (!fixture.memoryKnown) return `${count} (T unknown)`;
    return `${count} (${signed(((predicted - logged) / logged) * 100, 1)} %)`;
  };
  const { unexplained } = realistic;
  return [
    fixture.thread,
    fixture.setUp,
    `${grouped(formula.logged)} ${unit}`,
    cell(formula),
    cell(realistic),
    unexplained === null || !fixture.memoryKnown ? '—' : `${signed(unexplained, 2)} GiB`,
  ];
}

function expectedRows(): string[][] {
  return [
    ...LMDEPLOY_LOGS.map((fixture) => tableRow(fixture, lmdeployPrediction, 'blocks')),
    ...PEER_LOGS.map((fixture) => tableRow(fixture, peerPrediction, 'tokens')),
  ];
}

const HEADER = ['log', 'set-up', 'logged', 'Formula', 'Realistic', 'memory off, Realistic'];

describe("the README's prediction errors", () => {
  it('are what the model predicts today for each fixture log', () => {
    const expected = expectedRows();
    // The message is the table to paste, run through Prettier.
    expect(readmeTable('prediction-error'), markdownTable(HEADER, expected)).toEqual(expected);
  });
});
