import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { detectLanguage, initI18n } from './i18n';
import { startThemeSync } from './state/theme';
import { startUrlSync } from './state/url-sync';
import './index.css';

startThemeSync();
initI18n(detectLanguage(window.location.search, navigator.languages));
startUrlSync();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
