import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scenarioCsv, scenarioJson } from '../../results/export-data';
import { LAZY_CHUNKS } from '../../chunks';
import { settledViewOf } from '../../state/views';
import { useScenarioStore } from '../../state/scenario-store';
import { CONTROL_CLASS } from '../shared/controls';
import { retryChunk, type Retry } from '../../state/reload';
import { ChunkFailed } from '../shared/LazyChunk';

const FILE_STEM = 'shardscope';

async function exportCharts() {
  const { chartsToPng, downloadBlob } = await LAZY_CHUNKS.download();
  const svgs = ['pre-chart', 'post-chart'].flatMap((id) => {
    const svg = document.querySelector(`[data-testid="${id}"] svg.memory-chart`);
    return svg instanceof SVGSVGElement ? [svg] : [];
  });
  downloadBlob(`${FILE_STEM}-charts.png`, await chartsToPng(svgs));
}

async function exportText(kind: 'csv' | 'json') {
  const { downloadBlob } = await LAZY_CHUNKS.download();
  const scenario = useScenarioStore.getState().scenario;
  const view = settledViewOf(scenario);
  const text = kind === 'csv' ? scenarioCsv(view) : scenarioJson(scenario, view);
  const type = kind === 'csv' ? 'text/csv' : 'application/json';
  downloadBlob(`${FILE_STEM}.${kind}`, new Blob([text], { type }));
}

const ACTIONS = [
  ['export.csv', 'export-csv', () => exportText('csv')],
  ['export.json', 'export-json', () => exportText('json')],
  ['export.png', 'export-png', exportCharts],
  [
    'export.print',
    'export-print',
    () => {
      window.print();
      return Promise.resolve();
    },
  ],
] as const;

/**
 * Exports load their code when first used. If it cannot be fetched, the menu says so beside
 * its buttons and offers a retry, rather than failing without a word.
 */
export function ExportMenu() {
  const { t } = useTranslation();
  const [retry, setRetry] = useState<Retry | null>(null);
  const run = (action: () => Promise<void>) => {
    action().catch(() => {
      setRetry('idle');
    });
  };
  return (
    <div id="export" className="print:hidden">
      <div
        className="flex flex-wrap items-center gap-2 text-sm"
        role="group"
        aria-label={t('export.heading')}
      >
        <span className="font-medium">{t('export.heading')}:</span>
        {ACTIONS.map(([labelKey, testId, action]) => (
          <button
            key={testId}
            type="button"
            className={CONTROL_CLASS}
            onClick={() => {
              run(action);
            }}
            data-testid={testId}
          >
            {t(labelKey)}
          </button>
        ))}
      </div>
      {retry !== null && (
        <ChunkFailed
          retry={retry}
          onRetry={() => {
            void retryChunk(LAZY_CHUNKS.download, 'export', setRetry).then((loaded) => {
              if (loaded) setRetry(null);
            });
          }}
        />
      )}
    </div>
  );
}
