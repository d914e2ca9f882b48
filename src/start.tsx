import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './components/page/App';
import { initI18n, pageLanguage, startI18n } from './i18n';
import { startHistory } from './state/history';
import { startThemeSync } from './state/theme';
import { startServiceWorker } from './state/updates';

startThemeSync();
const { opened } = startHistory();
// The service worker keeps every chunk of the release, so the page reloads offline too.
startServiceWorker();

// A page in a language other than English waits for its messages; English if they fail.
await startI18n(pageLanguage(opened.link.language, navigator.languages)).catch(() =>
  initI18n('en'),
);

const root = document.getElementById('root');
if (root) {
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // index.html holds the opening page, prerendered; `boot.js` marks it stale when this visit
  // opens elsewhere. The app takes the prerendered page over as it is, or draws its own.
  // Either way in a transition, so React works in slices that yield to the browser rather
  // than in one task that holds the page for half a second on a slow phone.
  if (root.hasChildNodes() && document.documentElement.dataset.prerender !== 'stale') {
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    root.replaceChildren();
    delete document.documentElement.dataset.prerender;
    startTransition(() => {
      createRoot(root).render(app);
    });
  }
}
