import { flushUrl } from './history';

/** Whether the page's own host answers, so that reloading will not strand the reader offline. */
export async function hostReachable(): Promise<boolean> {
  try {
    const response = await fetch(window.location.href, { method: 'HEAD', cache: 'no-store' });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Reloads the page at an anchor. The scenario lives in the address, so nothing is lost; the
 * anchor lets the part that asked for the reload open itself again.
 */
export function reloadAt(anchor: string): void {
  flushUrl();
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}#${anchor}`);
  window.location.reload();
}

export type Retry = 'idle' | 'trying' | 'offline';

/**
 * Tries a failed chunk again. Some browsers keep a failed module import failed for the
 * document's lifetime; a reload at `anchor` is then the only way to fetch it again, and is
 * worth it only once the host answers.
 */
export async function retryChunk(
  load: () => Promise<unknown>,
  anchor: string,
  setRetry: (retry: Retry) => void,
): Promise<boolean> {
  setRetry('trying');
  try {
    await load();
    setRetry('idle');
    return true;
  } catch {
    if (await hostReachable()) reloadAt(anchor);
    else setRetry('offline');
    return false;
  }
}
