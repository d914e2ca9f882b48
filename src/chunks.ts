/**
 * The code the page loads on demand, in one place: the panels that use it load it when opened
 * or scrolled to, and the service worker keeps all of it for offline use.
 */
export const LAZY_CHUNKS = {
  engineComparison: () => import('./components/panels/EngineComparison'),
  parallelLayout: () => import('./components/panels/LayoutPanel'),
  explanation: () => import('./components/panels/ExplainPanel'),
  configImport: () => import('./components/inputs/ConfigImport'),
  startupLog: () => import('./components/log/LogPanel'),
  download: () => import('./lib/download'),
  lambdaCurve: () => import('./components/charts/LambdaCurveChart'),
  sweepChart: () => import('./components/charts/SweepChart'),
} as const;
