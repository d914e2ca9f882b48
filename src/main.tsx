import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { LAZY_CHUNKS } from './chunks';
import { App } from './components/page/App';
import { initI18n, pageLanguage } from './i18n';
import { startHistory } from './state/history';
import { prefetchWhenIdle } from './state/prefetch';
import { startThemeSync } from './state/theme';
import './index.css';

startThemeSync();
const { opened } = startHistory();
initI18n(pageLanguage(opened.link.language, navigator.languages));

// The on-demand chunks, fetched ahead so the page keeps working offline once loaded.
// A failed fetch here is no loss: each panel loads its code again when opened.
const ignoreFailure = () => undefined;
prefetchWhenIdle(() => {
  for (const load of Object.values(LAZY_CHUNKS)) load().catch(ignoreFailure);
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
