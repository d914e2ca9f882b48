import { memo, useDeferredValue, useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Variant } from '../model';
import { formatGiB } from '../lib/format';
import { vocabReplicated, type ScenarioView } from '../inputs/evaluate';
import { useScenarioView } from '../state/derived';
import { useGestureStore } from '../state/gesture';
import { GpuLimitLabel } from './GpuLimitLabel';
import { CHART_HEIGHT } from './chart-size';
import { HatchPattern } from './HatchPattern';
import { MemoryTooltip } from './MemoryTooltip';
import { segmentFill } from './segment-style';

const AXIS_STYLE = { fill: 'var(--chart-text)', fontSize: 12 };

/**
 * Charts follow a deferred copy of the results: the tables show each new number in the
 * input's own frame, and a drag never waits for the SVG to be rebuilt.
 */
export default function MemoryChart({ variant }: { variant: Variant }) {
  const view = useDeferredValue(useScenarioView());
  const animate = !useGestureStore((state) => state.dragging);
  return <ChartBody variant={variant} view={view} animate={animate} />;
}

const ChartBody = memo(function ChartBody({
  variant,
  view,
  animate,
}: {
  variant: Variant;
  view: ScenarioView;
  animate: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { tp: scenario, comparison, axisMax, shownSegments, versions } = view;
  const replicated = vocabReplicated(versions[variant]);
  const memory = comparison[variant];
  const hatchId = `hatch-${useId().replace(/:/g, '')}`;
  const gib = (value: number) => formatGiB(value, i18n.language);
  const title = t(`version.${versions[variant]}.title`);
  const rows = memory.gpus.map((gpu) => ({
    label: t('chart.gpu', { rank: gpu.rank }),
    ...gpu.segments,
  }));
  const first = memory.gpus[0]?.segments;

  const description =
    memory.fits && first
      ? t('chart.description', {
          title,
          P: scenario.tpDegree,
          weights: gib(first.weights),
          vocab: gib(first.vocab),
          overhead: gib(first.overhead),
          kv: gib(first.kv),
          headroom: gib(first.headroom),
        })
      : t('chart.descriptionOom', {
          title,
          P: scenario.tpDegree,
          need: gib(memory.weightsPerGpu + scenario.overhead + memory.shortfall),
          T: gib(scenario.gpuMemory),
        });

  return (
    <figure className="mt-3" data-testid={`${variant}-chart`}>
      <figcaption className="sr-only">{description}</figcaption>
      <div role="img" aria-label={description} style={{ height: CHART_HEIGHT }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={rows}
            margin={{ top: 22, right: 8, bottom: 4, left: 4 }}
            barCategoryGap="18%"
            accessibilityLayer={false}
          >
            <defs>
              <HatchPattern id={hatchId} />
            </defs>
            <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
            <XAxis
              dataKey="label"
              tick={AXIS_STYLE}
              tickLine={false}
              interval="preserveStartEnd"
              minTickGap={4}
            />
            <YAxis
              domain={[0, axisMax]}
              allowDataOverflow
              tick={AXIS_STYLE}
              width={56}
              tickFormatter={(value: number) => String(Math.round(value))}
              label={{
                value: t('chart.axis'),
                angle: -90,
                position: 'insideLeft',
                style: AXIS_STYLE,
                dy: 50,
              }}
            />
            <Tooltip
              content={<MemoryTooltip />}
              cursor={{ fill: 'var(--chart-grid)', opacity: 0.4 }}
            />
            {shownSegments.map((segment) => (
              <Bar
                key={segment}
                dataKey={segment}
                name={t(`segment.${segment}`)}
                stackId="gpu"
                fill={segmentFill(segment, replicated, hatchId)}
                stroke={segment === 'headroom' ? 'var(--seg-overhead)' : undefined}
                strokeDasharray={segment === 'headroom' ? '3 2' : undefined}
                isAnimationActive={animate}
                animationDuration={200}
              />
            ))}
            {!memory.fits && (
              <ReferenceArea
                y1={scenario.gpuMemory}
                y2={axisMax}
                fill="var(--gpu-limit)"
                fillOpacity={0.12}
                ifOverflow="hidden"
              />
            )}
            <ReferenceLine
              y={scenario.gpuMemory}
              stroke="var(--gpu-limit)"
              strokeDasharray="5 3"
              label={
                <GpuLimitLabel text={t('chart.gpuLimit', { value: gib(scenario.gpuMemory) })} />
              }
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
});
