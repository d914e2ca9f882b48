import { useTranslation } from 'react-i18next';
import { formatCount, formatGiB, formatPercent, formatPlain } from '../../lib/format';
import type { KvShapeFit } from '../../logs/reconcile';
import { BYTES_PER_MIB } from '../../model';
import { calibrateToLog, type LogHolding } from '../../state/log-store';
import { CONTROL_CLASS } from '../shared/controls';
import { LogProblemText } from './LogProblemText';

const CELL = 'px-1 py-1 sm:px-2 text-right font-mono tabular-nums';

type RowKey = 'blockSize' | 'blocks' | 'budget' | 'free' | 'overhead' | 'truncated';

/** The log's figures beside the page's, line by line, and the action that calibrates. */
export function Reconciliation({
  result,
}: {
  result: Extract<LogHolding, { engine: 'lmdeploy' }>['result'];
}) {
  const { t, i18n } = useTranslation();
  if (!result.ok) {
    return (
      <p className="text-sm text-red-700 dark:text-red-400" data-testid="log-problem">
        <LogProblemText problem={result.problem} />
      </p>
    );
  }
  const figures = result.reconciliation;
  const locale = i18n.language;
  const gib = (value: number) => `${formatGiB(value, locale)} GiB`;
  const signedGiB = (value: number) => `${value > 0.005 ? '+' : ''}${gib(value)}`;
  const mib = (bytes: number, decimals: number) =>
    `${(bytes / BYTES_PER_MIB).toFixed(decimals)} MB`;
  const { count } = figures;
  const off = count.logged > 0 ? (count.predicted - count.logged) / count.logged : 0;
  const countText = (value: number) =>
    count.unit === 'blocks' ? formatCount(value, locale) : `${formatCount(value, locale)} MB`;
  const calibrated = Math.abs(count.predicted - count.logged) <= (count.unit === 'blocks' ? 1 : 1);

  const rows: [RowKey, string, string, string, string][] = [];
  if (figures.loggedBlock) {
    const decimals = figures.loggedBlock.to - figures.loggedBlock.from < BYTES_PER_MIB ? 3 : 0;
    rows.push([
      'blockSize',
      mib(
        (figures.loggedBlock.from + figures.loggedBlock.to) / 2 -
          (decimals ? 0 : BYTES_PER_MIB / 2),
        decimals,
      ),
      `${mib(figures.blockBytes, 3)} (${formatCount(figures.blockBytes, locale)} B)`,
      figures.blockAgrees ? t('log.exact') : '≠',
      'block-size',
    ]);
  }
  rows.push([
    count.unit === 'blocks' ? 'blocks' : 'budget',
    countText(count.logged),
    countText(Math.round(count.predicted)),
    count.predicted === count.logged ? '—' : `${off > 0 ? '+' : ''}${formatPercent(off, locale)}`,
    'count',
  ]);
  if (figures.loggedFree && figures.unexplained !== null) {
    const middle = (figures.loggedFree.from + figures.loggedFree.to) / 2;
    const halfMiB = ((figures.loggedFree.to - figures.loggedFree.from) / 2) * 1024;
    rows.push([
      'free',
      `${formatGiB(middle, locale)} GiB ± ${formatPlain(halfMiB, locale, 1)} MiB`,
      gib(figures.pageFree),
      t('log.withinBlock'),
      'free',
    ]);
    rows.push([
      'overhead',
      gib(figures.pageOverhead + figures.unexplained),
      gib(figures.pageOverhead),
      t('log.unexplained', { value: signedGiB(figures.unexplained) }),
      'overhead',
    ]);
  }
  if (figures.loggedTruncation !== null || figures.predictedTruncation !== null) {
    rows.push([
      'truncated',
      figures.loggedTruncation === null ? '—' : formatCount(figures.loggedTruncation, locale),
      figures.predictedTruncation === null ? '—' : formatCount(figures.predictedTruncation, locale),
      '',
      'truncated',
    ]);
  }

  return (
    <div className="space-y-2 text-sm">
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('log.logged')}>
        <table className="w-full border-collapse" data-testid="log-table">
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-600">
              <th scope="col" className="px-1 py-1 sm:px-2 text-left">
                {t('log.figure')}
              </th>
              <th scope="col" className="px-1 py-1 sm:px-2 text-right">
                {t('log.logged')}
              </th>
              <th scope="col" className="px-1 py-1 sm:px-2 text-right">
                {t('log.page')}
              </th>
              <th scope="col" className="px-1 py-1 sm:px-2 text-right">
                {t('log.difference')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([row, logged, page, note, testId]) => (
              <tr key={row} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="px-1 py-1 sm:px-2 text-left font-normal">
                  {t(`log.rows.${row}`)}
                </th>
                <td className={`${CELL} sm:whitespace-nowrap`} data-testid={`log-${testId}-logged`}>
                  {logged}
                </td>
                <td className={`${CELL} sm:whitespace-nowrap`} data-testid={`log-${testId}-page`}>
                  {page}
                </td>
                <td className="px-1 py-1 sm:px-2 text-right text-xs">{note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {count.fromTokens !== null && count.logged > 0 && (
        <p data-testid="log-blocks-from-tokens">
          {t('log.blocksFromTokens', {
            tokens: formatCount(count.fromTokens, locale),
            blocks: formatCount(count.logged, locale),
            blockTokens: count.fromTokens / count.logged,
          })}
        </p>
      )}
      {figures.shapes.length > 0 && <ShapeNotice shapes={figures.shapes} />}
      {figures.loggedFree === null && count.unit === 'blocks' && <p>{t('log.blockCount')}</p>}
      {figures.unexplained !== null &&
        (calibrated ? (
          <p className="text-emerald-800 dark:text-emerald-300" data-testid="log-calibrated">
            {t('log.calibrated')}
          </p>
        ) : (
          <p>
            {t('log.notYet', { value: formatGiB(figures.unexplained, locale) })}{' '}
            <button
              type="button"
              className={CONTROL_CLASS}
              data-testid="log-calibrate"
              onClick={calibrateToLog}
            >
              {t('log.calibrate')}
            </button>
          </p>
        ))}
    </div>
  );
}

function ShapeNotice({ shapes }: { shapes: readonly KvShapeFit[] }) {
  const { t } = useTranslation();
  const text = shapes
    .map((shape) =>
      t('log.shape', {
        layers: shape.layers,
        heads: shape.kvHeadsPerGpu,
        headDim: shape.headDim,
        format: t(`kvCache.${shape.kvFormat}`),
        tokens: shape.blockTokens,
      }),
    )
    .join('; ');
  return (
    <p className="text-amber-800 dark:text-amber-300" data-testid="log-shapes">
      {t('log.fitsShapes', { shapes: text })}
    </p>
  );
}
