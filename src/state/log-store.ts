import { useContext } from 'react';
import { create } from 'zustand';
import type { Scenario } from '../inputs/scenario';
import { applyLog, type LogChange } from '../logs/apply';
import { readStartupLog } from '../logs/read-log';
import type { LogProblem, StartupLog } from '../logs/readings';
import { calibrate, reconcile, type ReconcileResult } from '../logs/reconcile';
import { replaceScenario, useScenarioStore } from './scenario-store';
import { SettledScenarioContext } from './views';

/**
 * A start-up log the reader pasted, as read. Only what the log fixes enters the scenario (and
 * so the link); the log itself stays here, in this tab.
 */
interface LogState {
  readonly log: StartupLog | null;
  readonly changes: readonly LogChange[];
  readonly problem: LogProblem | null;
}

export const useLogStore = create<LogState>()(() => ({ log: null, changes: [], problem: null }));

/** Reads a log and sets the inputs it fixes; a log it cannot use changes nothing. */
export function readPastedLog(text: string): void {
  const reading = readStartupLog(text);
  if (!reading.ok) {
    useLogStore.setState({ problem: reading.problem });
    return;
  }
  const { scenario, changes } = applyLog(useScenarioStore.getState().scenario, reading.log);
  replaceScenario(scenario);
  useLogStore.setState({ log: reading.log, changes, problem: null });
}

/** Refuses a paste too large to be a start-up log before it reaches the reader. */
export function refuseLog(problem: LogProblem): void {
  useLogStore.setState({ problem });
}

export function forgetLog(): void {
  useLogStore.setState({ log: null, changes: [], problem: null });
}

const reconciliations = new WeakMap<StartupLog, WeakMap<Scenario, ReconcileResult>>();

function reconciliationOf(scenario: Scenario, log: StartupLog): ReconcileResult {
  let byScenario = reconciliations.get(log);
  if (!byScenario) {
    byScenario = new WeakMap();
    reconciliations.set(log, byScenario);
  }
  let result = byScenario.get(scenario);
  if (!result) {
    result = reconcile(scenario, log);
    byScenario.set(scenario, result);
  }
  return result;
}

/** The log held against the settled scenario, memoised for each pair of them. */
export function useLogReconciliation(): ReconcileResult | null {
  const log = useLogStore((state) => state.log);
  const scenario = useContext(SettledScenarioContext);
  return log && scenario ? reconciliationOf(scenario, log) : null;
}

/** Turns the memory the log leaves unexplained into the scenario's overhead. */
export function calibrateToLog(): void {
  const { log } = useLogStore.getState();
  if (!log) return;
  const scenario = useScenarioStore.getState().scenario;
  const result = reconciliationOf(scenario, log);
  if (result.ok) replaceScenario(calibrate(scenario, result.reconciliation));
}
