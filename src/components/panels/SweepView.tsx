import { useTranslation } from 'react-i18next';
import { LAZY_CHUNKS } from '../../chunks';
import { LazyChunk } from '../shared/LazyChunk';
import { formatGiB } from '../../lib/format';
import { VARIANTS } from '../../model';
import type { SweepColumn } from '../../results/sweep';
import { useSettledView } from '../../state/views';
import { LessonCallout } from '../page/LessonCallout';
import { CARD_CLASS } from '../shared/controls';

const CELL = 'px-2 py-1 text-right font-mono tabular-nums whitespace-nowrap';

/**
 * The same model at P = 1, 2, 4, 8 and 16: the KV cache and the memory the engine holds per
 * GPU, both charts side by side. Used memory barely moves with P while the cache grows.
 */
export function SweepView() {
  const { t, i18n } = useTranslation();
  const { sweep: columns, versions } = useSettledView();
  const gib = (value: number) => formatGiB(value, i18n.language);
  const pair = (
    column: SweepColumn,
    pick: (column: SweepColumn) => Record<'pre' | 'post', number>,
  ) =>
    VARIANTS.map((variant) => (column.serving[variant] ? gib(pick(column)[variant]) : '—')).join(
      ' / ',
    );
  return (
    <section id="sweep" aria-labelledby="sweep-title" className={CARD_CLASS}>
      <LessonCallout targets={['sweep']} />
      <h2 id="sweep-title" className="text-lg font-semibold">
        {t('sweep.heading')}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {t('sweep.caption', {
          left: t(`version.${versions.pre}.title`),
          right: t(`version.${versions.post}.title`),
        })}
      </p>
      <LazyChunk
        load={LAZY_CHUNKS.sweepChart}
        anchor="sweep"
        whenNear
        placeholder={<div className="mt-2 h-64" aria-hidden="true" />}
      />
      <div
        className="scroll-cue mt-2 overflow-x-auto"
        tabIndex={0}
        role="region"
        aria-label={t('sweep.tableLabel')}
      >
        <table className="w-full border-collapse text-sm" data-testid="sweep">
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-600">
              <th scope="col" className="px-2 py-1 text-left">
                P
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                {t('sweep.kvColumn')}
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                {t('sweep.usedColumn')}
              </th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column) => (
              <tr
                key={column.tpDegree}
                className="border-b border-slate-100 dark:border-slate-800"
                data-testid={`sweep-p${column.tpDegree}`}
              >
                <th scope="row" className="px-2 py-1 text-left font-mono font-normal">
                  {column.tpDegree}
                </th>
                <td className={CELL}>
                  {pair(column, (c) => ({ pre: c.segments.pre.kv, post: c.segments.post.kv }))}
                </td>
                <td className={CELL}>{pair(column, (c) => c.used)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">{t('sweep.note')}</p>
    </section>
  );
}
