import { useTranslation } from 'react-i18next';
import { scenarioCsv, scenarioJson } from '../inputs/export-data';
import { deriveView } from '../state/derived';
import { useScenarioStore } from '../state/scenario-store';
import { CONTROL_CLASS } from './controls';

const FILE_STEM = 'shardscope';

async function exportCharts() {
  const { chartsToPng, downloadBlob } = await import('../lib/download');
  const svgs = ['pre-chart', 'post-chart'].flatMap((id) => {
    const svg = document.querySelector(`[data-testid="${id}"] svg.recharts-surface`);
    return svg instanceof SVGSVGElement ? [svg] : [];
  });
  downloadBlob(`${FILE_STEM}-charts.png`, await chartsToPng(svgs));
}

async function exportText(kind: 'csv' | 'json') {
  const { downloadBlob } = await import('../lib/download');
  const scenario = useScenarioStore.getState().scenario;
  const view = deriveView(scenario);
  const text = kind === 'csv' ? scenarioCsv(view) : scenarioJson(scenario, view);
  const type = kind === 'csv' ? 'text/csv' : 'application/json';
  downloadBlob(`${FILE_STEM}.${kind}`, new Blob([text], { type }));
}

export function ExportMenu() {
  const { t } = useTranslation();
  return (
    <div
      className="flex flex-wrap items-center gap-2 text-sm print:hidden"
      role="group"
      aria-label={t('export.heading')}
    >
      <span className="font-medium">{t('export.heading')}:</span>
      <button
        type="button"
        className={CONTROL_CLASS}
        onClick={() => void exportText('csv')}
        data-testid="export-csv"
      >
        {t('export.csv')}
      </button>
      <button
        type="button"
        className={CONTROL_CLASS}
        onClick={() => void exportText('json')}
        data-testid="export-json"
      >
        {t('export.json')}
      </button>
      <button
        type="button"
        className={CONTROL_CLASS}
        onClick={() => void exportCharts()}
        data-testid="export-png"
      >
        {t('export.png')}
      </button>
      <button
        type="button"
        className={CONTROL_CLASS}
        onClick={() => {
          window.print();
        }}
      >
        {t('export.print')}
      </button>
    </div>
  );
}
