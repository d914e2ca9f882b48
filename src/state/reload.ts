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
