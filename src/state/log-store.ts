import { useContext } from 'react';
import { create } from 'zustand';
import type { Scenario } from '../inputs/scenario';
import { applyLog, type LogChange } from '../logs/apply';
import { readStartupLog } from '../logs/read-log';
import type { LogProblem, StartupLog } from '../logs/readings';
import { calibratePeer, reconcilePeer, type PeerReconciliation } from '../logs/peer-reconcile';
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

/** A log held against the page: LMDeploy's against its chart, another engine's against its row. */
export type LogHolding =
  | { readonly engine: 'lmdeploy'; readonly result: ReconcileResult }
  | { readonly engine: 'peer'; readonly result: PeerReconciliation | null };

const holdings = new WeakMap<StartupLog, WeakMap<Scenario, LogHolding>>();

function holdingOf(scenario: Scenario, log: StartupLog): LogHolding {
  let byScenario = holdings.get(log);
  if (!byScenario) {
    byScenario = new WeakMap();
    holdings.set(log, byScenario);
  }
  let holding = byScenario.get(scenario);
  if (!holding) {
    const kind = log.cache.kind;
    holding =
      kind === 'turbomind' || kind === 'pytorch'
        ? { engine: 'lmdeploy', result: reconcile(scenario, log) }
        : { engine: 'peer', result: reconcilePeer(scenario, log) };
    byScenario.set(scenario, holding);
  }
  return holding;
}

/** The log held against the settled scenario, memoised for each pair of them. */
export function useLogHolding(): LogHolding | null {
  const log = useLogStore((state) => state.log);
  const scenario = useContext(SettledScenarioContext);
  return log && scenario ? holdingOf(scenario, log) : null;
}

/** Turns the memory the log leaves unexplained into overhead (LMDeploy) or the engine's own. */
export function calibrateToLog(): void {
  const { log } = useLogStore.getState();
  if (!log) return;
  const scenario = useScenarioStore.getState().scenario;
  const holding = holdingOf(scenario, log);
  if (holding.engine === 'lmdeploy' && holding.result.ok) {
    replaceScenario(calibrate(scenario, holding.result.reconciliation));
  } else if (holding.engine === 'peer' && holding.result) {
    replaceScenario(calibratePeer(scenario, holding.result));
  }
}
