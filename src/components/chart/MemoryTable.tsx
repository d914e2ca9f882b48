import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Variant } from '../../model';
import { formatGiB } from '../../lib/format';
import { useSettledView } from '../../state/views';

const CELL = 'px-2 py-1 text-right font-mono tabular-nums';
const GPU_COLUMNS = 4;

/**
 * Every segment of every GPU. It follows the settled scenario: during a drag the chart, its
 * tooltip and the figures above carry the live numbers, and the table catches up on release.
 * Memoised so that the card's re-render on each input of a drag skips it entirely.
 */
export const MemoryTable = memo(function MemoryTable({
  variant,
  title,
}: {
  variant: Variant;
  title: string;
}) {
  const { t, i18n } = useTranslation();
  const { memory, tableSegments: rows, totals: heights } = useSettledView().variants[variant];
  const { gpus } = memory;
  const gib = (value: number) => formatGiB(value, i18n.language);
  const ranks = gpus.map((gpu) => gpu.rank);
  const cells = rows.map((segment) => gpus.map((gpu) => gib(gpu.segments[segment])));
  const totals = heights.map(gib);

  // Past four GPUs a column per GPU no longer fits a card: each GPU becomes a row instead.
  const byGpu = gpus.length > GPU_COLUMNS;

  return (
    <details open className="print-hide mt-3 text-sm">
      <summary className="cursor-pointer font-medium">{t('table.show')}</summary>
      {/* Focusable so keyboard users can scroll a table wider than its card; shaded at an edge
          that has more beyond it. */}
      <div
        className="scroll-cue mt-2 max-w-full overflow-x-auto"
        tabIndex={0}
        role="region"
        aria-label={`${t(variant === 'pre' ? 'version.left' : 'version.right')}: ${t('table.caption', { title })}`}
      >
        <table
          className="w-full border-collapse"
          data-testid={`${variant}-table`}
          data-orientation={byGpu ? 'gpu-rows' : 'gpu-columns'}
        >
          <caption className="sr-only">{t('table.caption', { title })}</caption>
          {byGpu ? (
            <>
              <thead>
                <tr className="border-b border-slate-300 dark:border-slate-600">
                  <th scope="col" className="px-2 py-1 text-left">
                    GPU
                  </th>
                  {rows.map((segment) => (
                    <th key={segment} scope="col" className="px-2 py-1 text-right">
                      {t(`segment.${segment}`)}
                    </th>
                  ))}
                  <th scope="col" className="px-2 py-1 text-right">
                    {t('table.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {gpus.map((gpu, index) => (
                  <FigureRow
                    key={gpu.rank}
                    variant={variant}
                    label={t('chart.gpu', { rank: gpu.rank })}
                    testIds={[...rows, 'total'].map(
                      (segment) => `${variant}-gpu${gpu.rank}-${segment}`,
                    )}
                    figures={[
                      ...rows.map((_, row) => cells[row]?.[index] ?? ''),
                      totals[index] ?? '',
                    ]}
                  />
                ))}
              </tbody>
            </>
          ) : (
            <>
              <thead>
                <HeaderRow label={t('table.segment')} gpuCount={gpus.length} />
              </thead>
              <tbody>
                {rows.map((segment, index) => (
                  <FigureRow
                    key={segment}
                    variant={variant}
                    label={t(`segment.${segment}`)}
                    testIds={ranks.map((rank) => `${variant}-gpu${rank}-${segment}`)}
                    figures={cells[index] ?? []}
                  />
                ))}
                <FigureRow
                  variant={variant}
                  label={t('table.total')}
                  testIds={ranks.map((rank) => `${variant}-gpu${rank}-total`)}
                  figures={totals}
                  strong
                />
              </tbody>
            </>
          )}
        </table>
      </div>
    </details>
  );
});

const HeaderRow = memo(function HeaderRow({
  label,
  gpuCount,
}: {
  label: string;
  gpuCount: number;
}) {
  const { t } = useTranslation();
  return (
    <tr className="border-b border-slate-300 dark:border-slate-600">
      <th scope="col" className="px-2 py-1 text-left">
        {label}
      </th>
      {Array.from({ length: gpuCount }, (_, rank) => (
        <th key={rank} scope="col" className="px-2 py-1 text-right whitespace-nowrap">
          {t('chart.gpu', { rank })}
        </th>
      ))}
    </tr>
  );
});

interface FigureRowProps {
  readonly variant: Variant;
  readonly label: string;
  /** One per figure: the cell's test id names its GPU and segment, whichever way round. */
  readonly testIds: readonly string[];
  readonly figures: readonly string[];
  readonly strong?: boolean;
}

const sameTexts = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

/**
 * A row is drawn again only when one of its figures changes: a λ drag changes the KV and
 * headroom figures and leaves the weights alone, which at 64 GPUs is hundreds of cells.
 */
const FigureRow = memo(
  function FigureRow({ label, testIds, figures, strong }: FigureRowProps) {
    return (
      <tr className={strong ? undefined : 'border-b border-slate-100 dark:border-slate-800'}>
        <th
          scope="row"
          className={`px-2 py-1 text-left whitespace-nowrap ${strong ? 'font-semibold' : 'font-normal'}`}
        >
          {label}
        </th>
        {figures.map((text, index) => (
          <td
            key={testIds[index] ?? index}
            className={strong ? `${CELL} font-semibold` : CELL}
            data-testid={testIds[index]}
          >
            {text}
          </td>
        ))}
      </tr>
    );
  },
  (before, after) =>
    before.variant === after.variant &&
    before.label === after.label &&
    before.strong === after.strong &&
    sameTexts(before.testIds, after.testIds) &&
    sameTexts(before.figures, after.figures),
);
