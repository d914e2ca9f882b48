// Measures what a user feels: bytes shipped before first render, time to first chart under a
// 4× slower CPU, slider input to repainted charts, and the pure model's cost per call.
// Usage: npm run bench  (builds first; `-- --no-build` reuses dist/; `-- --drag-only` times
// only the drags, `-- --load-only` only the page loads). Prints a table and writes
// bench-results/bench.json. Figures vary with the machine: compare runs on one machine.
import { execSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_ARGS, systemChromium } from './browser.mjs';

const PORT = 4179;
const BASE = `http://127.0.0.1:${PORT}/`;
const LOAD_RUNS = 7;
const DRAG_INPUTS = 240;
/** Inputs before the timed ones, so the figures describe a running page, not its first JIT. */
const WARM_UP_INPUTS = 20;
const MODEL_CALLS = 20_000;
const OUT_DIR = 'bench-results';

const args = new Set(process.argv.slice(2));
if (!args.has('--no-build')) execSync('npm run build', { stdio: 'inherit' });
mkdirSync(OUT_DIR, { recursive: true });

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

const gzipped = (file) => {
  const content = readFileSync(join('dist', file));
  return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
};

/**
 * The JavaScript and CSS a visit to the opening page fetches before anyone touches it, at a
 * phone's and a desktop's size: index.html's own, and the app's chunks the entry imports once
 * the page has painted. Charts further down load as the reader scrolls to them and panels as
 * they open, so what loads depends on the screen. The service worker is kept out: it fetches
 * everything for offline use, in the background.
 */
async function loadedAssets(browser, viewport) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched = new Set();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (/\/assets\/[^/]+\.(?:js|css)$/.test(path)) fetched.add(path.slice(path.indexOf('assets/')));
  });
  await page.goto(BASE, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
  await context.close();
  const files = [...fetched].sort().map(gzipped);
  const sum = (kind, field) =>
    files.filter((f) => f.file.endsWith(kind)).reduce((total, f) => total + f[field], 0);
  return {
    viewport,
    files,
    js: { raw: sum('.js', 'raw'), gzip: sum('.js', 'gzip') },
    css: { raw: sum('.css', 'raw'), gzip: sum('.css', 'gzip') },
  };
}

async function startServer() {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('vite preview did not start');
}

const DESKTOP = { width: 1440, height: 1000 };
const PHONE = { width: 390, height: 844 };

async function newPage(browser, throttle, viewport = DESKTOP) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page };
}

/**
 * Loading the opening page at 4× slower CPU, a fresh browser context each run: first
 * contentful paint and largest contentful paint as Chromium reports them, and the moment the
 * right chart has drawn its bars.
 */
async function pageLoad(browser, viewport) {
  const runs = { fcp: [], lcp: [], chart: [], cls: [] };
  for (let run = 0; run < LOAD_RUNS; run += 1) {
    const { context, page } = await newPage(browser, 4, viewport);
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('[data-testid="post-chart"] .chart-segment[d]')) {
          window.__firstChart = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.name === 'first-contentful-paint') window.__fcp = entry.startTime;
        }
      }).observe({ type: 'paint', buffered: true });
      new PerformanceObserver((list) => {
        const entries = list.getEntries();
        window.__lcp = entries[entries.length - 1]?.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      // Layout shifts not caused by input, summed: the page's cumulative layout shift.
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (!entry.hadRecentInput) window.__cls = (window.__cls ?? 0) + entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(BASE);
    await page.waitForFunction(
      () => window.__firstChart !== undefined && window.__fcp !== undefined,
      null,
      { timeout: 60_000 },
    );
    // LCP settles once the page is drawn; a short wait lets its last candidate arrive.
    await page.waitForTimeout(1000);
    const times = await page.evaluate(() => [
      window.__fcp,
      window.__lcp,
      window.__firstChart,
      window.__cls ?? 0,
    ]);
    runs.fcp.push(times[0]);
    runs.lcp.push(times[1]);
    runs.chart.push(times[2]);
    runs.cls.push(times[3]);
    await context.close();
  }
  const summary = (values) => ({
    median: quantile(values, 0.5),
    min: Math.min(...values),
    max: Math.max(...values),
  });
  return {
    fcp: summary(runs.fcp),
    lcp: summary(runs.lcp),
    firstChart: summary(runs.chart),
    cls: summary(runs.cls),
  };
}

/**
 * Each input moves one slider (λ unless `inputKey` says otherwise). A dragged slider's input events arrive at the start of a frame (Chromium
 * aligns pointer moves to animation frames), so each input here is dispatched from an
 * animation-frame callback. Two times per input: until the end of the first painted frame
 * whose key figures (KV cache per GPU) show the new numbers, and until the first whose two charts show them too.
 * What a frame paints is the DOM as it stands after that frame's callbacks and microtasks.
 */
async function sliderDrag(browser, tpDegree, throttle, inputKey = 'lambda') {
  const { context, page } = await newPage(browser, throttle);
  // The documented example's sizes on Llama-3.1-70B's layout, with release lines that serve
  // every P: the same work on any version of the page.
  await page.goto(
    `${BASE}?model=llama-3.1-70b-instruct&P=${tpDegree}&T=192&S=140&E=2&versions=tm065,tm150`,
  );
  await page.waitForSelector('[data-testid="post-chart"] .chart-segment[d]');
  const samples = await page.evaluate(
    async ([count, warmUp, key]) => {
      const slider = document.querySelector(`[data-testid="slider-${key}"]`);
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const read = (ids, attribute) =>
        ids.map((id) => {
          const node = document.querySelector(
            `[data-testid="${id}"]${attribute ? ' [aria-label]' : ''}`,
          );
          return attribute ? node.getAttribute('aria-label') : node.textContent;
        });
      const numbers = () => read(['pre-kv-per-gpu', 'post-kv-per-gpu'], false);
      const charts = () => read(['pre-chart', 'post-chart'], true);
      const changed = (now, before) => now.every((text, index) => text !== before[index]);
      /**
       * Runs `atFrameStart` in the next frame's animation callback, reads what that frame will
       * paint once the microtasks it queued have run, and resolves when the frame is painted.
       * The end of the frame is marked by a message posted before anything else in the
       * callback: it runs as soon as the frame's task ends, ahead of any work the page queues
       * while handling the input (a timer would wait behind that work).
       */
      const channel = new MessageChannel();
      const frame = (atFrameStart) =>
        new Promise((resolve) => {
          requestAnimationFrame((frameStart) => {
            let painted;
            channel.port1.onmessage = () => resolve({ ...painted, at: performance.now() });
            channel.port2.postMessage(null);
            atFrameStart?.(frameStart);
            queueMicrotask(() => {
              painted = { numbers: numbers(), charts: charts() };
            });
          });
        });
      // A drag starts with a pointer press on the slider, as a person's would.
      slider.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      const results = [];
      for (let i = 0; i < warmUp + count; i += 1) {
        const numbersBefore = numbers();
        const chartsBefore = charts();
        // λ over 0.2–0.89; T over 100–191 GiB, which crosses the axis' round tops.
        const value =
          key === 'lambda' ? (0.2 + ((i * 7) % 70) / 100).toFixed(2) : String(100 + ((i * 7) % 92));
        let start = 0;
        let numbersAt = null;
        let chartsAt = null;
        let painted = await frame((frameStart) => {
          // The frame's own start time: if the page was still busy when the frame was due,
          // that wait counts too, as it would delay a real pointer's input.
          start = frameStart;
          setValue.call(slider, value);
          slider.dispatchEvent(new Event('input', { bubbles: true }));
        });
        for (let frames = 0; frames < 120; frames += 1) {
          const at = painted.at - start;
          if (numbersAt === null && changed(painted.numbers, numbersBefore)) numbersAt = at;
          if (changed(painted.charts, chartsBefore)) {
            chartsAt = at;
            break;
          }
          painted = await frame();
        }
        if (i >= warmUp) results.push({ numbersAt, chartsAt });
      }
      window.dispatchEvent(new PointerEvent('pointerup'));
      return results;
    },
    [DRAG_INPUTS, WARM_UP_INPUTS, inputKey],
  );
  await context.close();
  const summary = (field) => {
    const times = samples.map((sample) => sample[field]).filter((time) => time !== null);
    return {
      median: quantile(times, 0.5),
      p95: quantile(times, 0.95),
      missed: samples.length - times.length,
    };
  };
  return {
    inputKey,
    tpDegree,
    throttle,
    inputs: samples.length,
    numbers: summary('numbersAt'),
    charts: summary('chartsAt'),
  };
}

async function modelCost() {
  await build({
    logLevel: 'silent',
    configFile: false,
    build: {
      outDir: join(OUT_DIR, 'model'),
      emptyOutDir: true,
      lib: { entry: 'src/results/index.ts', formats: ['es'], fileName: 'evaluate' },
      rolldownOptions: { external: [] },
    },
  });
  const { evaluateDrag, evaluateSettled } = await import(
    pathToFileURL(join(OUT_DIR, 'model', 'evaluate.js')).href
  );
  const result = {};
  const time = (evaluate, label, tpDegree, base) => {
    const start = performance.now();
    for (let i = 0; i < MODEL_CALLS; i += 1) {
      evaluate({ ...base, inputs: { ...base.inputs, lambda: 0.2 + (i % 70) / 100 } });
    }
    result[`${label}, P=${tpDegree}`] = ((performance.now() - start) * 1000) / MODEL_CALLS;
  };
  for (const tpDegree of [1, 8, 64]) {
    // Realistic overhead and a busy GPU, so every term of the model is exercised.
    const base = {
      inputs: {
        T: 192,
        S: 140,
        E: 2,
        lambda: 0.8,
        P: tpDegree,
        len: 8192,
        n: 32,
        ctx: 0.3,
        nccl: 0.1,
        buf: 0,
        prefill: 0,
        batch: 0,
        vllm: 0,
        sglang: 0,
        trtllm: 0,
        tgi: 0,
        cal: 0,
        vllmCal: 0,
        sglangCal: 0,
        trtllmCal: 0,
        tgiCal: 0,
      },
      gpu: null,
      model: 'qwen2.5-72b-instruct',
      weights: 'bf16',
      kvCache: 'fp16',
      sizes: 'derived',
      pasted: null,
      versions: { pre: 'tm022', post: 'tm060' },
      overheadMode: 'realistic',
      usedByOthers: [0, 1.5],
    };
    // A drag frame evaluates the charts only; a settled scenario evaluates everything.
    time(evaluateDrag, 'evaluateDrag', tpDegree, base);
    time(
      (scenario) => evaluateSettled(scenario, evaluateDrag(scenario)),
      'evaluateSettled',
      tpDegree,
      base,
    );
  }
  return result;
}

const server = await startServer();
let report;
try {
  const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS });
  const assets = {
    phone: await loadedAssets(browser, PHONE),
    desktop: await loadedAssets(browser, DESKTOP),
  };
  const dragOnly = args.has('--drag-only');
  // `--load-only`: the page-load figures alone, for comparing two builds in alternation.
  const loadOnly = args.has('--load-only');
  const load = dragOnly
    ? null
    : { phone: await pageLoad(browser, PHONE), desktop: await pageLoad(browser, DESKTOP) };
  const drags = [];
  for (const throttle of loadOnly ? [] : [1, 4]) {
    for (const tpDegree of [1, 8, 64]) drags.push(await sliderDrag(browser, tpDegree, throttle));
  }
  // T moves the GPU limit line and, past a round number, the axis: a heavier drag than λ.
  if (!loadOnly) drags.push(await sliderDrag(browser, 8, 1, 'T'));
  await browser.close();
  report = {
    date: new Date().toISOString(),
    assets,
    load,
    drags,
    modelMicroseconds: dragOnly || loadOnly ? {} : await modelCost(),
  };
} finally {
  process.kill(-server.pid);
}

writeFileSync(join(OUT_DIR, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
const { assets } = report;
const loadedAtStart = new Set(Object.values(assets).flatMap((a) => a.files.map((f) => f.file)));
const onDemand = readdirSync('dist/assets')
  .map((name) => `assets/${name}`)
  .filter((file) => file.endsWith('.js') && !loadedAtStart.has(file))
  .map(gzipped);
const rows = [
  ...Object.entries(assets).flatMap(([screen, loaded]) => [
    [
      `initial JS on a ${screen} (${String(loaded.viewport.width)} px; raw / gzip)`,
      `${kb(loaded.js.raw)} KB / ${kb(loaded.js.gzip)} KB in ${String(loaded.files.length - 1)} files`,
    ],
    [`initial CSS on a ${screen} (gzip)`, `${kb(loaded.css.gzip)} KB`],
  ]),
  ...assets.phone.files.map((f) => [
    `  on a phone: ${f.file}`,
    `${kb(f.raw)} KB / ${kb(f.gzip)} KB`,
  ]),
  ...onDemand.map((f) => [`on demand: ${f.file}`, `${kb(f.raw)} KB / ${kb(f.gzip)} KB`]),
  ...Object.entries(report.load ?? {}).flatMap(([screen, load]) => [
    ...[
      ['first contentful paint', load.fcp],
      ['largest contentful paint', load.lcp],
      ['first chart drawn', load.firstChart],
    ].map(([what, time]) => [
      `${what} on a ${screen}, CPU 4× slower (median of ${String(LOAD_RUNS)})`,
      `${time.median.toFixed(0)} ms (min ${time.min.toFixed(0)}, max ${time.max.toFixed(0)})`,
    ]),
    [
      `cumulative layout shift on a ${screen} (median of ${String(LOAD_RUNS)})`,
      `${load.cls.median.toFixed(3)} (max ${load.cls.max.toFixed(3)})`,
    ],
  ]),
  ...report.drags.flatMap((d) =>
    ['numbers', 'charts'].map((what) => [
      `${d.inputKey === 'lambda' ? 'λ' : d.inputKey} input → ${what} painted, P=${d.tpDegree}, CPU ${d.throttle}× (${d.inputs} inputs)`,
      `median ${d[what].median.toFixed(1)} ms, p95 ${d[what].p95.toFixed(1)} ms${d[what].missed ? `, ${d[what].missed} never updated` : ''}`,
    ]),
  ),
  ...Object.entries(report.modelMicroseconds).map(([key, us]) => [
    `${key} (Node, per call)`,
    `${us.toFixed(1)} µs`,
  ]),
];
const width = Math.max(...rows.map(([label]) => label.length));
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
console.log(`\nwritten to ${join(OUT_DIR, 'bench.json')}`);
