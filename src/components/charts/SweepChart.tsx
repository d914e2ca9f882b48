import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatGiB, formatPlain } from '../../lib/format';
import { VARIANTS, type Variant } from '../../model';
import { useSettledView } from '../../state/views';
import { SEGMENT_COLOR } from '../chart/segment-style';
import { AXIS_TICK, GRID_STROKE, NO_ANIMATION } from './chart-theme';

/** What the engine holds, split as the per-GPU bars are, for one stack of the sweep. */
const PARTS = ['model', 'kv', 'runtime'] as const;
type Part = (typeof PARTS)[number];

const PART_COLOR: Record<Part, string> = {
  model: SEGMENT_COLOR.weights,
  kv: SEGMENT_COLOR.kv,
  runtime: SEGMENT_COLOR.buffers,
};

/**
 * The sweep as grouped stacked bars: for each P, the left and the right chart's fullest GPU,
 * weights, KV cache and runtime memory, against T. The stacks' tops barely move; their
 * green part grows.
 */
export default function SweepChart() {
  const { t, i18n } = useTranslation();
  const { sweep, versions, tp } = useSettledView();
  const gib = (value: number) => `${formatGiB(value, i18n.language)} GiB`;
  const data = sweep.map((column) => {
    const row: Record<string, number | string | null> = { P: `P = ${column.tpDegree}` };
    for (const variant of VARIANTS) {
      const segments = column.segments[variant];
      const serving = column.serving[variant];
      row[`${variant}.model`] = serving ? segments.weights + segments.vocab : null;
      row[`${variant}.kv`] = serving ? segments.kv : null;
      row[`${variant}.runtime`] = serving ? segments.overhead + segments.buffers : null;
    }
    return row;
  });
  const title = (variant: Variant) => t(`version.${versions[variant]}.title`);
  return (
    <>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-hidden="true">
        {PARTS.map((part) => (
          <li key={part} className="flex items-center gap-1.5">
            <span
              className="inline-block h-3 w-3 rounded-sm"
              style={{ background: PART_COLOR[part] }}
            />
            {t(`sweep.part.${part}`)}
          </li>
        ))}
      </ul>
      <div
        className="h-64 w-full"
        role="img"
        aria-label={t('sweep.chartLabel')}
        data-testid="sweep-chart"
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 8 }} barGap={2}>
            <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="P" tick={AXIS_TICK} />
            <YAxis
              tick={AXIS_TICK}
              width={56}
              tickFormatter={(value: number) => formatPlain(value, i18n.language)}
              label={{
                value: 'GiB',
                angle: -90,
                position: 'insideLeft',
                fill: 'var(--chart-text)',
              }}
            />
            <ReferenceLine y={tp.gpuMemory} stroke="var(--gpu-limit)" strokeDasharray="4 2" />
            <Tooltip
              formatter={(value, name) => [
                typeof value === 'number' ? gib(value) : '—',
                String(name),
              ]}
            />
            {VARIANTS.flatMap((variant) =>
              PARTS.map((part) => (
                <Bar
                  key={`${variant}.${part}`}
                  dataKey={`${variant}.${part}`}
                  name={`${title(variant)}: ${t(`sweep.part.${part}`)}`}
                  stackId={variant}
                  fill={PART_COLOR[part]}
                  fillOpacity={variant === 'pre' ? 0.7 : 1}
                  {...NO_ANIMATION}
                />
              )),
            )}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </>
  );
}
