import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { axisTicks, labelledBars } from '../../lib/chart-scale';
import { formatPlain } from '../../lib/format';
import type { Variant } from '../../model';
import { chartGeometry, FONT_SIZE } from './chart-size';
import { HatchPattern } from './HatchPattern';

/**
 * Grid, axes and labels: they change with the chart's size, the axis and the language. A λ
 * drag skips them, and a T drag redraws them only when the axis passes a tick step.
 */
export const ChartAxes = memo(function ChartAxes({
  variant,
  width,
  count,
  axisMax,
  hatchId,
  axisTitle,
  lastLabel,
}: {
  variant: Variant;
  width: number;
  count: number;
  axisMax: number;
  hatchId: string;
  axisTitle: string;
  lastLabel: string;
}) {
  const { t, i18n } = useTranslation();
  const { plotLeft, plotTop, plotWidth, plotHeight, baseline, pixelsPerGiB, band, labelWidth } =
    chartGeometry(width, count, axisMax, lastLabel);
  const yOf = (gib: number) => baseline - gib * pixelsPerGiB;
  const ticks = axisTicks(axisMax);
  const tickDigits = (ticks[1] ?? 1) % 1 === 0 ? 0 : 1;
  return (
    <>
      <defs>
        <HatchPattern id={hatchId} />
        <clipPath id={`${hatchId}-plot`}>
          <rect x={plotLeft} y={plotTop} width={plotWidth} height={plotHeight} />
        </clipPath>
      </defs>
      <g fontSize={FONT_SIZE} fill="var(--chart-text)">
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={plotLeft}
              x2={plotLeft + plotWidth}
              y1={yOf(tick)}
              y2={yOf(tick)}
              stroke="var(--chart-grid)"
            />
            <text
              x={plotLeft - 6}
              y={yOf(tick)}
              dy="0.32em"
              textAnchor="end"
              data-testid={`${variant}-y-label`}
            >
              {formatPlain(tick, i18n.language, tickDigits)}
            </text>
          </g>
        ))}
        <text
          transform={`translate(14 ${plotTop + plotHeight / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {axisTitle}
        </text>
        <g>
          {labelledBars(count, band, labelWidth).map((rank) => (
            <text
              key={rank}
              data-testid={`${variant}-x-label`}
              x={plotLeft + (rank + 0.5) * band}
              y={baseline + 16}
              textAnchor="middle"
            >
              {t('chart.gpu', { rank })}
            </text>
          ))}
        </g>
      </g>
    </>
  );
});

/** One transparent band per GPU, over its bar: what a pointer or a test points at. */
export const HitBands = memo(function HitBands({
  variant,
  count,
  left,
  top,
  band,
  height,
}: {
  variant: Variant;
  count: number;
  left: number;
  top: number;
  band: number;
  height: number;
}) {
  return Array.from({ length: count }, (_, rank) => (
    <rect
      key={rank}
      data-testid={`${variant}-bar-${String(rank)}`}
      x={left + rank * band}
      y={top}
      width={band}
      height={height}
      fill="transparent"
    />
  ));
});
