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
writeFileSync(
  'dist/index.html',
  index
    .replace(marker, `<div id="root">${html}</div>`)
    .replace('</head>', `${appPreloads(index).join('')}</head>`),
);
rmSync(outDir, { recursive: true, force: true });
rmSync('dist/.vite', { recursive: true, force: true });

/**
 * The entry waits for the first paint before it imports the app (`src/main.tsx`); preloading
 * the app's chunks from index.html fetches them alongside the page instead of after that paint.
 */
function appPreloads(index) {
  const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
  const app = 'src/start.tsx';
  if (!manifest[app]) throw new Error(`the build has no chunk for ${app}`);
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(app);
  return [...files]
    .filter((file) => !index.includes(`"./${file}"`))
    .map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`);
}
console.log(`prerendered the opening page: ${String(Math.round(html.length / 1024))} KiB of HTML`);
