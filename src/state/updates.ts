import { create } from 'zustand';

interface UpdateState {
  /** A new release is installed and waits for the reader to reload into it. */
  readonly waiting: boolean;
  readonly reload: (() => void) | null;
}

export const useUpdateStore = create<UpdateState>()(() => ({ waiting: false, reload: null }));

/**
 * Registers the service worker the build generates, which keeps every file of the release for
 * offline use. A newer release never takes over by itself: the page offers to reload into it.
 */
export function startServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void import('virtual:pwa-register').then(({ registerSW }) => {
    const update = registerSW({
      onNeedRefresh() {
        useUpdateStore.setState({ waiting: true });
      },
    });
    useUpdateStore.setState({
      reload: () => {
        void update(true);
      },
    });
  });
}
