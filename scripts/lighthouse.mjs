// Lighthouse against the production build in the system Chromium. Usage: npm run lighthouse
// (after npm run build). Lighthouse is fetched by npx at a pinned version rather than kept in
// devDependencies: it is large and only this script needs it.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, systemChromium } from './browser.mjs';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const PORT = 4178;
const URL = `http://127.0.0.1:${PORT}/`;
const OUT = 'bench-results/lighthouse.json';

mkdirSync('bench-results', { recursive: true });
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  {
    stdio: 'ignore',
    detached: true,
  },
);
try {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(URL)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const chrome = systemChromium();
  execFileSync(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      URL,
      '--quiet',
      '--output=json',
      `--output-path=${OUT}`,
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
    ],
    { stdio: 'inherit', env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) } },
  );
} finally {
  process.kill(-server.pid);
}

const report = JSON.parse(readFileSync(OUT, 'utf8'));
for (const [id, category] of Object.entries(report.categories)) {
  console.log(`${id.padEnd(16)} ${Math.round(category.score * 100)}`);
}
console.log('\naudits below full score:');
for (const [id, audit] of Object.entries(report.audits)) {
  const scored = !['notApplicable', 'informative', 'manual'].includes(audit.scoreDisplayMode);
  if (scored && audit.score !== null && audit.score < 1) {
    console.log(`  ${id}: ${audit.score} ${audit.displayValue ?? ''}`);
  }
}
