import { decodeLink, encodeLink, type DecodedLink } from '../link/link-codec';
import type { Link } from '../link/url-keys';
import { usePageStore } from './page-store';
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
export const WRITE_DELAY_MS = 250;

/** The parts of `window` the history module uses; tests give it a stand-in. */
export interface Browser {
  readonly location: { readonly pathname: string; readonly search: string; readonly hash: string };
  pushState(url: string): void;
  replaceState(url: string): void;
  /** Subscribes to Back/Forward and to the page being left; returns the unsubscriber. */
  listen(event: 'popstate' | 'pagehide', listener: () => void): () => void;
  now(): number;
}

export const windowBrowser = (): Browser => ({
  location: window.location,
  pushState: (url) => {
    window.history.pushState(null, '', url);
  },
  replaceState: (url) => {
    window.history.replaceState(null, '', url);
  },
  listen: (event, listener) => {
    window.addEventListener(event, listener);
    return () => {
      window.removeEventListener(event, listener);
    };
  },
  now: () => performance.now(),
});

let flushPendingWrite = () => {};
let openInPage: (search: string) => void = () => {};

/**
 * Writes a change still waiting for the scenario to hold still, so the address bar is current
 * when something reads it (copying the link) or the page is left.
 */
export function flushUrl(): void {
  flushPendingWrite();
}

/** Opens a link inside the page (a guided scenario) as one new history entry. */
export function openLink(search: string): void {
  openInPage(search);
}

const currentLink = (): Link => {
  const { lesson, language } = usePageStore.getState();
  return { scenario: useScenarioStore.getState().scenario, language, lesson };
};

/**
 * The one owner of the address bar and the session history: loads the link the page opened
 * with into the stores, and writes every later change back. Returns the opening link and a
 * disposer.
 */
export function startHistory(browser: Browser = windowBrowser()): {
  readonly opened: DecodedLink;
  readonly stop: () => void;
} {
  let restoring = false;
  const apply = ({ scenario, lesson, language }: Link) => {
    restoring = true;
    replaceScenario(scenario);
    // The language is the reader's, not the scenario's: a link without one keeps it.
    usePageStore.setState((page) => ({ lesson, language: language ?? page.language }));
    restoring = false;
  };
  const opened = decodeLink(browser.location.search);
  apply(opened.link);
  showIgnoredParams(opened.ignored);

  let lastChangeAt = Number.NEGATIVE_INFINITY;
  let startsGesture = false;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const cancelPending = () => {
    if (pending !== undefined) clearTimeout(pending);
    pending = undefined;
  };
  const urlOf = (link: Link) => {
    const query = encodeLink(link);
    return `${browser.location.pathname}${query ? `?${query}` : ''}${browser.location.hash}`;
  };
  const write = () => {
    pending = undefined;
    const url = urlOf(currentLink());
    if (startsGesture) browser.pushState(url);
    else browser.replaceState(url);
    startsGesture = false;
  };

  const stopScenario = useScenarioStore.subscribe((state, previous) => {
    if (state.scenario === previous.scenario || restoring) return;
    const at = browser.now();
    // The previous gesture's write is long done: WRITE_DELAY_MS is well below the gap.
    if (at - lastChangeAt > GESTURE_GAP_MS) startsGesture = true;
    lastChangeAt = at;
    cancelPending();
    pending = setTimeout(write, WRITE_DELAY_MS);
  });
  // A language picked or a lesson closed changes the link, not the scenario: no new entry.
  const stopPage = usePageStore.subscribe((state, previous) => {
    if (restoring || (state.lesson === previous.lesson && state.language === previous.language)) {
      return;
    }
    if (pending === undefined) write();
  });

  const onPopState = () => {
    cancelPending();
    startsGesture = false;
    apply(decodeLink(browser.location.search).link);
    lastChangeAt = Number.NEGATIVE_INFINITY;
  };
  const stopPopState = browser.listen('popstate', onPopState);
  flushPendingWrite = () => {
    if (pending === undefined) return;
    cancelPending();
    write();
  };
  const stopPageHide = browser.listen('pagehide', flushUrl);
  openInPage = (search) => {
    flushUrl();
    const decoded = decodeLink(search).link;
    // The lesson's own link, as written, so its keys read as the lesson sets them.
    browser.pushState(`${browser.location.pathname}${search}`);
    apply(decoded);
    lastChangeAt = Number.NEGATIVE_INFINITY;
  };

  return {
    opened,
    stop: () => {
      cancelPending();
      stopScenario();
      stopPage();
      stopPopState();
      stopPageHide();
      flushPendingWrite = () => {};
      openInPage = () => {};
    },
  };
}
