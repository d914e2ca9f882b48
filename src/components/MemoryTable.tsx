import { useTranslation } from 'react-i18next';
import { SEGMENTS, type Variant } from '../model';
import { CORE_SEGMENTS } from './segment-style';
import { formatGiB } from '../lib/format';
import { useScenarioView } from '../state/derived';

export function MemoryTable({ variant, title }: { variant: Variant; title: string }) {
  const { t, i18n } = useTranslation();
  const { comparison } = useScenarioView();
  const { gpus } = comparison[variant];
  // Rows beyond the five core ones appear only when this chart has some of them.
  const rows = SEGMENTS.filter(
    (segment) => CORE_SEGMENTS.includes(segment) || gpus.some((gpu) => gpu.segments[segment] > 0),
  );
  const gib = (value: number) => formatGiB(value, i18n.language);
  const cell = 'px-2 py-1 text-right font-mono tabular-nums';

  return (
    <details open className="print-hide mt-3 text-sm">
      <summary className="cursor-pointer font-medium">{t('table.show')}</summary>
      {/* Focusable so keyboard users can scroll a table wider than its card. */}
      <div
        className="mt-2 max-w-full overflow-x-auto"
        tabIndex={0}
        role="region"
        aria-label={`${t(variant === 'pre' ? 'version.left' : 'version.right')}: ${t('table.caption', { title })}`}
      >
        <table className="w-full border-collapse" data-testid={`${variant}-table`}>
          <caption className="sr-only">{t('table.caption', { title })}</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-600">
              <th scope="col" className="px-2 py-1 text-left">
                {t('table.segment')}
              </th>
              {gpus.map((gpu) => (
                <th key={gpu.rank} scope="col" className="px-2 py-1 text-right whitespace-nowrap">
                  {t('chart.gpu', { rank: gpu.rank })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((segment) => (
              <tr key={segment} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="px-2 py-1 text-left font-normal whitespace-nowrap">
                  {t(`segment.${segment}`)}
                </th>
                {gpus.map((gpu) => (
                  <td
                    key={gpu.rank}
                    className={cell}
                    data-testid={`${variant}-gpu${gpu.rank}-${segment}`}
                  >
                    {gib(gpu.segments[segment])}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row" className="px-2 py-1 text-left font-semibold">
                {t('table.total')}
              </th>
              {gpus.map((gpu) => (
                <td
                  key={gpu.rank}
                  className={`${cell} font-semibold`}
                  data-testid={`${variant}-gpu${gpu.rank}-total`}
                >
                  {gib(SEGMENTS.reduce((sum, segment) => sum + gpu.segments[segment], 0))}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </details>
  );
}
