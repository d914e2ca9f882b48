import { useTranslation } from 'react-i18next';
import {
  Bar,
  type BarShapeProps,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCount, formatGiB } from '../../lib/format';
import type { EngineRow } from '../../results/engine-rows';
import { useMediaQuery } from '../shared/use-media-query';
import { AXIS_TICK, GRID_STROKE, NO_ANIMATION, VARIANT_COLOR } from './chart-theme';

const PEER_COLOR = 'var(--seg-overhead)';

/** A bar in its row's own colour: the charts' release lines in theirs, other engines grey. */
function RowBar({ x, y, width, height, payload }: BarShapeProps) {
  const color = (payload as { color?: string } | undefined)?.color ?? PEER_COLOR;
  return <rect x={x} y={y} width={Math.max(0, width)} height={height} fill={color} />;
}
const ROW_HEIGHT = 34;

/**
 * KV cache per GPU under each engine, one bar a row, the charts' two release lines in their
 * colours; each bar is labelled with the sessions it holds. An engine that refuses has no bar.
 */
export function ComparisonChart({
  rows,
  label,
}: {
  rows: readonly EngineRow[];
  label: (row: EngineRow) => string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  // On a phone the figures are in the cards below; the bars alone fit its width.
  const wide = useMediaQuery('(min-width: 640px)');
  const data = rows.map((row) => ({
    name: label(row),
    kv: row.result.problem ? 0 : row.result.kvCachePerGpu,
    text: row.result.problem
      ? t(`compare.problem.${row.result.problem}`)
      : `${formatGiB(row.result.kvCachePerGpu, locale)} GiB · ${t('compare.sessionsShort', {
          count: row.sessions,
          sessions: formatCount(row.sessions, locale),
        })}`,
    color: row.variant ? VARIANT_COLOR[row.variant] : PEER_COLOR,
  }));
  return (
    <div
      style={{ height: rows.length * ROW_HEIGHT + 40 }}
      className="w-full"
      role="img"
      aria-label={t('compare.chartLabel')}
      data-testid="comparison-chart"
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 4, right: wide ? 150 : 12, bottom: 16, left: 8 }}
        >
          <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            tick={AXIS_TICK}
            tickFormatter={(value: number) => formatGiB(value, locale)}
            label={{
              value: t('compare.kv'),
              position: 'insideBottom',
              offset: -10,
              fill: 'var(--chart-text)',
            }}
          />
          <YAxis type="category" dataKey="name" tick={AXIS_TICK} width={wide ? 140 : 96} />
          <Bar dataKey="kv" shape={RowBar} {...NO_ANIMATION}>
            {wide && (
              <LabelList dataKey="text" position="right" fill="var(--chart-text)" fontSize={12} />
            )}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
