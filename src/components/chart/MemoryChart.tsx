import { memo, useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Segment, Variant } from '../../model';
import { niceAxisMax, stackedBarPaths } from '../../lib/chart-scale';
import { formatGiB } from '../../lib/format';
import type { DragView } from '../../results/drag-view';
import { useDragView } from '../../state/views';
import { useGestureStore } from '../../state/gesture';
import { useLiveWriter } from '../../state/live-drag';
import { GpuLimitLabel } from './GpuLimitLabel';
import { ChartAxes, HitBands } from './ChartAxes';
import { CHART_HEIGHT, chartGeometry } from './chart-size';
import { MemoryTooltip } from './MemoryTooltip';
import { segmentFill } from './segment-style';
import { useElementWidth } from './use-element-width';

/**
 * Per-GPU stacked bars drawn as plain SVG: one path per segment, each holding that segment of
 * every bar. Every input of a drag redraws both charts in the frame that shows the new
 * numbers; a general charting library spent more than a frame on that alone, and one element
 * per bar and segment would be over 600 at 64 GPUs.
 */
/** A chart card's width on a wide screen: the prerendered page draws its bars at it. */
const PRERENDER_WIDTH = 430;

export function MemoryChart({ variant }: { variant: Variant }) {
  const { t, i18n } = useTranslation();
  const view = useDragView();
  const dragging = useGestureStore((state) => state.dragging);
  const [ref, width] = useElementWidth<HTMLDivElement>(PRERENDER_WIDTH);
  const description = chartDescription(t, i18n.language, variant, view);
  useLiveWriter((live) => {
    ref.current?.setAttribute('aria-label', chartDescription(t, i18n.language, variant, live));
  });
  // The GPU whose numbers are shown: hovered, tapped, or reached with the arrow keys.
  const [selected, setSelected] = useState<number | null>(null);
  const count = view.variants[variant].memory.gpus.length;
  const shown = selected !== null && selected < count ? selected : null;
  const announcement = useGpuAnnouncement(variant, view, shown);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = count - 1;
    const from = shown ?? -1;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? Math.min(last, from + 1)
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? Math.max(0, from - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : event.key === 'Escape'
                ? null
                : undefined;
    if (next === undefined) return;
    event.preventDefault();
    setSelected(next);
  };

  return (
    <figure className="mt-3" data-testid={`${variant}-chart`} data-dragging={dragging || undefined}>
      <div
        ref={ref}
        role="group"
        aria-roledescription={t('chart.roleDescription')}
        aria-label={description}
        aria-describedby={`${variant}-chart-keys`}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setSelected(null);
        }}
        // h-[300px] is CHART_HEIGHT as a class: the prerendered page may carry no inline style.
        className="relative h-[300px] rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
        data-testid={`${variant}-chart-focus`}
      >
        {width > 0 && (
          <ChartSvg
            variant={variant}
            view={view}
            width={width}
            selected={shown}
            onSelect={setSelected}
          />
        )}
      </div>
      <p id={`${variant}-chart-keys`} className="sr-only">
        {t('chart.keys')}
      </p>
      <p className="sr-only" aria-live="polite" data-testid={`${variant}-chart-announcement`}>
        {announcement}
      </p>
    </figure>
  );
}

/** One GPU's figures as a sentence, for a screen reader that reached it with the arrow keys. */
function useGpuAnnouncement(variant: Variant, view: DragView, rank: number | null): string {
  const { t, i18n } = useTranslation();
  if (rank === null) return '';
  const gpu = view.variants[variant].memory.gpus[rank];
  if (!gpu) return '';
  const parts = [...view.shownSegments]
    .reverse()
    .map(
      (segment) =>
        `${t(`segment.${segment}`)} ${formatGiB(gpu.segments[segment], i18n.language)} GiB`,
    );
  return `${t('chart.gpu', { rank })}: ${parts.join(', ')}`;
}

function chartDescription(t: TFunction, locale: string, variant: Variant, view: DragView): string {
  const { tp: scenario, versions } = view;
  const { memory, problem } = view.variants[variant];
  const gib = (value: number) => formatGiB(value, locale);
  const title = t(`version.${versions[variant]}.title`);
  const P = scenario.tpDegree;
  const first = memory.gpus[0]?.segments;
  if (problem === null && first) {
    return t('chart.description', {
      title,
      P,
      weights: gib(first.weights),
      vocab: gib(first.vocab),
      overhead: gib(first.overhead),
      kv: gib(first.kv),
      headroom: gib(first.headroom),
    });
  }
  return problem && 'need' in problem
    ? t('chart.descriptionOom', { title, P, need: gib(problem.need), T: gib(scenario.gpuMemory) })
    : t('chart.descriptionRefused', { title, P });
}

const ChartSvg = memo(function ChartSvg({
  variant,
  view,
  width,
  selected: hovered,
  onSelect: setHovered,
}: {
  variant: Variant;
  view: DragView;
  width: number;
  selected: number | null;
  onSelect: (rank: number | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const hatchId = `hatch-${useId().replace(/:/g, '')}`;
  const { tp: scenario, shownSegments } = view;
  const axisMax = niceAxisMax(view.axisMax);
  const { memory, vocabReplicated: replicated } = view.variants[variant];

  const count = memory.gpus.length;
  const label = (rank: number) => t('chart.gpu', { rank });
  const lastLabel = label(count - 1);
  const { plotLeft, plotTop, plotWidth, plotHeight, baseline, pixelsPerGiB, band, barWidth } =
    chartGeometry(width, count, axisMax, lastLabel);
  const yOf = (gib: number) => baseline - gib * pixelsPerGiB;
  const barLeft = (index: number) => plotLeft + index * band + (band - barWidth) / 2;

  const pathsOf = (gpus: DragView['variants'][Variant]['memory']['gpus']) =>
    stackedBarPaths(
      gpus.map((gpu, index) => ({ x: barLeft(index), values: gpu.segments })),
      barWidth,
      shownSegments,
      pixelsPerGiB,
      baseline,
    );
  const paths = pathsOf(memory.gpus);
  const segmentsRef = useRef<SVGGElement>(null);
  useLiveWriter((live) => {
    const next = pathsOf(live.variants[variant].memory.gpus);
    for (const path of segmentsRef.current?.querySelectorAll('path') ?? []) {
      const d = next.get(path.dataset.segment as Segment);
      if (d) path.setAttribute('d', d);
    }
  });
  const limitY = yOf(scenario.gpuMemory);

  const bandAt = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const index = Math.floor((event.clientX - box.left - plotLeft) / band);
    return index >= 0 && index < count ? index : null;
  };
  const hoveredGpu = hovered === null ? undefined : memory.gpus[hovered];

  return (
    <>
      <svg
        width={width}
        height={CHART_HEIGHT}
        // Drawn at PRERENDER_WIDTH before the box is measured, it scales to fit the box.
        viewBox={`0 0 ${String(width)} ${String(CHART_HEIGHT)}`}
        className="memory-chart block max-w-full touch-pan-y"
        aria-hidden="true"
        onPointerMove={(event) => {
          if (event.pointerType !== 'touch') setHovered(bandAt(event));
        }}
        onPointerDown={(event) => {
          // A tap shows a GPU's numbers until the next tap; tapping the same bar hides them.
          const index = bandAt(event);
          setHovered(event.pointerType === 'touch' && index === hovered ? null : index);
        }}
        onPointerLeave={(event) => {
          // A finger leaves as it lifts; the numbers it asked for stay up.
          if (event.pointerType !== 'touch') setHovered(null);
        }}
      >
        <ChartAxes
          variant={variant}
          width={width}
          count={count}
          axisMax={axisMax}
          hatchId={hatchId}
          axisTitle={t('chart.axis')}
          lastLabel={lastLabel}
        />
        {hovered !== null && (
          <rect
            x={plotLeft + hovered * band}
            y={plotTop}
            width={band}
            height={plotHeight}
            fill="var(--chart-grid)"
            opacity={0.4}
          />
        )}
        <g ref={segmentsRef} clipPath={`url(#${hatchId}-plot)`}>
          {!memory.fits && (
            <rect
              x={plotLeft}
              y={plotTop}
              width={plotWidth}
              height={Math.max(0, limitY - plotTop)}
              fill="var(--gpu-limit)"
              fillOpacity={0.12}
            />
          )}
          {shownSegments.map((segment) => (
            <path
              key={segment}
              className="chart-segment"
              data-segment={segment}
              data-testid={paths.get(segment) ? `${variant}-segment-${segment}` : undefined}
              d={paths.get(segment) || undefined}
              fill={segmentFill(segment, replicated, hatchId)}
              stroke={segment === 'headroom' ? 'var(--seg-overhead)' : undefined}
              strokeDasharray={segment === 'headroom' ? '3 2' : undefined}
            />
          ))}
        </g>
        <HitBands
          variant={variant}
          count={count}
          left={plotLeft}
          top={plotTop}
          band={band}
          height={plotHeight}
        />
        <line
          data-testid={`${variant}-limit`}
          x1={plotLeft}
          x2={plotLeft + plotWidth}
          y1={limitY}
          y2={limitY}
          stroke="var(--gpu-limit)"
          strokeDasharray="5 3"
        />
        <GpuLimitLabel
          x={plotLeft}
          y={limitY}
          width={plotWidth}
          text={t('chart.gpuLimit', { value: formatGiB(scenario.gpuMemory, i18n.language) })}
        />
      </svg>
      {hoveredGpu && hovered !== null && (
        <MemoryTooltip
          testId={`${variant}-chart-tooltip`}
          label={label(hoveredGpu.rank)}
          values={hoveredGpu.segments}
          segments={shownSegments}
          barLeft={barLeft(hovered)}
          barRight={barLeft(hovered) + barWidth}
          chartWidth={width}
          top={plotTop}
        />
      )}
    </>
  );
});
