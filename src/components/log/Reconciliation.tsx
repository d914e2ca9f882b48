import { useTranslation } from 'react-i18next';
import { formatCount, formatGiB, formatPercent, formatPlain } from '../../lib/format';
import type { KvShapeFit } from '../../logs/reconcile';
import { BYTES_PER_MIB } from '../../model';
import type { LogHolding } from '../../state/log-store';
import { CalibrationLine, FigureTable, type FigureRow } from './FigureTable';
import { LogProblemText } from './LogProblemText';

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
  // Both units are whole: blocks, and MB to two decimals rounded to whole in the table.
  const calibrated = Math.abs(count.predicted - count.logged) <= 1;
  const row = (key: RowKey, testId: string, logged: string, page: string, note: string) => ({
    label: t(`log.rows.${key}`),
    logged,
    page,
    note,
    testId,
  });

  const rows: FigureRow[] = [];
  if (figures.loggedBlock) {
    const decimals = figures.loggedBlock.to - figures.loggedBlock.from < BYTES_PER_MIB ? 3 : 0;
    rows.push(
      row(
        'blockSize',
        'block-size',
        mib(
          (figures.loggedBlock.from + figures.loggedBlock.to) / 2 -
            (decimals ? 0 : BYTES_PER_MIB / 2),
          decimals,
        ),
        `${mib(figures.blockBytes, 3)} (${formatCount(figures.blockBytes, locale)} B)`,
        figures.blockAgrees ? t('log.exact') : '≠',
      ),
    );
  }
  rows.push(
    row(
      count.unit === 'blocks' ? 'blocks' : 'budget',
      'count',
      countText(count.logged),
      countText(Math.round(count.predicted)),
      count.predicted === count.logged ? '—' : `${off > 0 ? '+' : ''}${formatPercent(off, locale)}`,
    ),
  );
  if (figures.loggedFree && figures.unexplained !== null) {
    const middle = (figures.loggedFree.from + figures.loggedFree.to) / 2;
    const halfMiB = ((figures.loggedFree.to - figures.loggedFree.from) / 2) * 1024;
    rows.push(
      row(
        'free',
        'free',
        `${formatGiB(middle, locale)} GiB ± ${formatPlain(halfMiB, locale, 1)} MiB`,
        gib(figures.pageFree),
        t('log.withinBlock'),
      ),
      row(
        'overhead',
        'overhead',
        gib(figures.pageOverhead + figures.unexplained),
        gib(figures.pageOverhead),
        t('log.unexplained', { value: signedGiB(figures.unexplained) }),
      ),
    );
  }
  if (figures.loggedTruncation !== null || figures.predictedTruncation !== null) {
    const tokens = (value: number | null) => (value === null ? '—' : formatCount(value, locale));
    rows.push(
      row(
        'truncated',
        'truncated',
        tokens(figures.loggedTruncation),
        tokens(figures.predictedTruncation),
        '',
      ),
    );
  }

  return (
    <div className="space-y-2 text-sm">
      <FigureTable pageHeading={t('log.page')} rows={rows} />
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
      {figures.unexplained !== null && (
        <CalibrationLine
          calibrated={calibrated}
          calibratedText={t('log.calibrated')}
          unexplained={formatGiB(figures.unexplained, locale)}
        />
      )}
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
