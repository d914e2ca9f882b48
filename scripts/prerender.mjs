// Renders the opening page into dist/index.html after `vite build`, so that it paints before
// the JavaScript has loaded. Run by `npm run build`.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const outDir = 'node_modules/.tmp/prerender';
await build({
  configFile: false,
  logLevel: 'warn',
  plugins: [
    react(),
    {
      // The service worker registers in the browser only.
      name: 'no-service-worker',
      resolveId: (id) => (id === 'virtual:pwa-register' ? '\0pwa-register-stub' : null),
      load: (id) =>
        id === '\0pwa-register-stub' ? 'export const registerSW = () => () => {};' : null,
    },
  ],
  build: { ssr: 'src/prerender.tsx', outDir, emptyOutDir: true, target: 'node20' },
});
const { renderOpeningPage } = await import(pathToFileURL(`${outDir}/prerender.js`).href);
const html = await renderOpeningPage();
const index = readFileSync('dist/index.html', 'utf8');
const marker = '<div id="root"></div>';
if (!index.includes(marker)) throw new Error('dist/index.html has no empty #root to fill');
writeFileSync('dist/index.html', index.replace(marker, `<div id="root">${html}</div>`));
rmSync(outDir, { recursive: true, force: true });
console.log(`prerendered the opening page: ${String(Math.round(html.length / 1024))} KiB of HTML`);
