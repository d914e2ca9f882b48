import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { detectLanguage, initI18n } from './i18n';
import { prefetchWhenIdle } from './state/prefetch';
import { startThemeSync } from './state/theme';
import { startUrlSync } from './state/url-sync';
import './index.css';

startThemeSync();
initI18n(detectLanguage(window.location.search, navigator.languages));
startUrlSync();

// The on-demand chunks, fetched ahead so the page keeps working offline once loaded.
// A failed fetch here is no loss: each panel loads its code again when opened.
const ignoreFailure = () => undefined;
prefetchWhenIdle(() => {
  import('./components/ConfigImport').catch(ignoreFailure);
  import('./components/EngineComparison').catch(ignoreFailure);
  import('./components/ExplainPanel').catch(ignoreFailure);
  import('./lib/download').catch(ignoreFailure);
}, 2000);

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
