import { decodeScenario, encodeScenario } from '../inputs/url-codec';
import { LESSON_URL_KEY } from '../lessons/lessons';
import { syncLessonFromUrl } from './lesson';
import { replaceScenario, showIgnoredParams, useScenarioStore } from './scenario-store';

/**
 * Changes closer together than this belong to one gesture (a slider drag, a typed number)
 * and share one history entry, so Back steps over gestures rather than pixels.
 */
const GESTURE_GAP_MS = 800;

/**
 * The address bar is written once the scenario has held still this long. A history call
 * costs a few milliseconds (browsers also throttle them), more than a drag's frame can spare,
 * so a drag writes once, when the pointer rests.
 */
const WRITE_DELAY_MS = 250;

export interface UrlSyncOptions {
  /** Query keys that belong to other features (such as `lang`) and must survive rewrites. */
  readonly preservedKeys?: readonly string[];
  readonly now?: () => number;
}

function preservedParams(keys: readonly string[]): Record<string, string> {
  const current = new URLSearchParams(window.location.search);
  const kept: Record<string, string> = {};
  for (const key of keys) {
    const value = current.get(key);
    if (value !== null) kept[key] = value;
  }
  return kept;
}

let flushPendingWrite = () => {};

/**
 * Writes a change still waiting for the scenario to hold still, so the address bar is current
 * when something reads it (copying the link) or the page is left.
 */
export function flushUrl(): void {
  flushPendingWrite();
}

/** Loads the scenario from the address bar and keeps the two in step. Returns a disposer. */
export function startUrlSync(options: UrlSyncOptions = {}): () => void {
  const { preservedKeys = ['lang', LESSON_URL_KEY], now = () => performance.now() } = options;
  const opened = decodeScenario(window.location.search);
  replaceScenario(opened.scenario);
  showIgnoredParams(opened.ignored);
  syncLessonFromUrl();

  let lastChangeAt = Number.NEGATIVE_INFINITY;
  let startsGesture = false;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let restoring = false;

  const write = () => {
    pending = undefined;
    const query = encodeScenario(
      useScenarioStore.getState().scenario,
      preservedParams(preservedKeys),
    );
    const url = `${window.location.pathname}?${query}${window.location.hash}`;
    if (startsGesture) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    startsGesture = false;
  };

  const unsubscribe = useScenarioStore.subscribe((state, previous) => {
    if (state.scenario === previous.scenario || restoring) return;
    const at = now();
    // The previous gesture's write is long done: WRITE_DELAY_MS is well below the gap.
    if (at - lastChangeAt > GESTURE_GAP_MS) startsGesture = true;
    lastChangeAt = at;
    if (pending !== undefined) clearTimeout(pending);
    pending = setTimeout(write, WRITE_DELAY_MS);
  });

  const onPopState = () => {
    if (pending !== undefined) clearTimeout(pending);
    pending = undefined;
    startsGesture = false;
    restoring = true;
    replaceScenario(decodeScenario(window.location.search).scenario);
    syncLessonFromUrl();
    restoring = false;
    lastChangeAt = Number.NEGATIVE_INFINITY;
  };
  window.addEventListener('popstate', onPopState);
  flushPendingWrite = () => {
    if (pending === undefined) return;
    clearTimeout(pending);
    write();
  };
  window.addEventListener('pagehide', flushUrl);

  return () => {
    if (pending !== undefined) clearTimeout(pending);
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener('pagehide', flushUrl);
    flushPendingWrite = () => {};
  };
}

/** Opens a link inside the page (a guided scenario) as one new history entry. */
export function openLink(search: string): void {
  window.history.pushState(null, '', `${window.location.pathname}${search}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
