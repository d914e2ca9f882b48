import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { App } from './components/page/App';
import { initI18n } from './i18n';

/**
 * The opening page as HTML, rendered at build time into `index.html` so that it paints before
 * any JavaScript runs; the app then hydrates it. Only the opening scenario in English is
 * rendered: `public/boot.js` hides it before first paint from any link that opens elsewhere.
 */
export async function renderOpeningPage(): Promise<string> {
  initI18n('en');
  const { prelude } = await prerender(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  return new Response(prelude).text();
}
