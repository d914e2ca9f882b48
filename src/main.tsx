import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { detectLanguage, initI18n } from './i18n';
import { useGestureStore } from './state/gesture';
import { startThemeSync } from './state/theme';
import { startUrlSync } from './state/url-sync';
import './index.css';

startThemeSync();
initI18n(detectLanguage(window.location.search, navigator.languages));
startUrlSync();

// Fetch the on-demand chunks once the page is idle, so it keeps working offline once loaded.
// Parsing them takes several milliseconds, so a slider drag in progress puts it off until the
// pointer is released.
const PREFETCH_DELAY_MS = 2000;
const prefetch = () => {
  if (useGestureStore.getState().dragging) {
    const unsubscribe = useGestureStore.subscribe(({ dragging }) => {
      if (dragging) return;
      unsubscribe();
      whenIdle(prefetch);
    });
    return;
  }
  void import('./components/ConfigImport');
  void import('./components/EngineComparison');
  void import('./components/ExplainPanel');
  void import('./lib/download');
};
const whenIdle = (task: () => void) => {
  // Safari has no requestIdleCallback; a timer is the next best thing there.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 5000 });
  else setTimeout(task, 200);
};
window.setTimeout(() => {
  whenIdle(prefetch);
}, PREFETCH_DELAY_MS);

const root = document.getElementById('root');
if (root) {
  // A transition lets React render the first view in slices that yield to the browser, rather
  // than in one task that holds the page for half a second on a slow phone.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
