import { useTranslation } from 'react-i18next';
import { SEGMENTS, type GpuMemory } from '../../../model';
import { SEGMENT_COLOR } from '../../chart/segment-style';

const BAR_HEIGHT = 120;
const BAR_WIDTH = 12;
const BAR_GAP = 3;
const NODE_GAP = 14;
const LABEL_HEIGHT = 16;

/**
 * Every GPU of a layout as a thin stacked bar, grouped by node: up to 64 GPUs in a card's
 * width. The per-GPU table beside it carries the numbers.
 */
export function NodeBars({
  gpus,
  gpusPerNode,
  gpuMemory,
  testId,
}: {
  gpus: readonly GpuMemory[];
  gpusPerNode: number;
  gpuMemory: number;
  testId: string;
}) {
  const { t } = useTranslation();
  const nodes = Math.max(1, Math.ceil(gpus.length / gpusPerNode));
  const nodeWidth = gpusPerNode * (BAR_WIDTH + BAR_GAP) - BAR_GAP;
  const width = nodes * nodeWidth + (nodes - 1) * NODE_GAP;
  const height = BAR_HEIGHT + LABEL_HEIGHT;
  const scale = (value: number) => (Math.max(0, value) / gpuMemory) * BAR_HEIGHT;
  return (
    <svg
      viewBox={`0 0 ${String(width)} ${String(height)}`}
      className="mt-2 h-36 w-full max-w-full"
      preserveAspectRatio="xMinYMid meet"
      role="img"
      aria-label={t('layout.barsLabel', { gpus: gpus.length, nodes })}
      data-testid={testId}
    >
      {Array.from({ length: nodes }, (_, node) => {
        const left = node * (nodeWidth + NODE_GAP);
        return (
          <g key={node} data-testid={`${testId}-node${String(node)}`}>
            <rect
              x={left - 2}
              y={0}
              width={nodeWidth + 4}
              height={BAR_HEIGHT}
              className="fill-none stroke-slate-300 dark:stroke-slate-600"
              rx={2}
            />
            <text
              x={left + nodeWidth / 2}
              y={height - 3}
              textAnchor="middle"
              className="fill-slate-600 text-[10px] dark:fill-slate-300"
            >
              {t('layout.node', { node })}
            </text>
            {gpus.slice(node * gpusPerNode, (node + 1) * gpusPerNode).map((gpu, index) => {
              let top = BAR_HEIGHT;
              return (
                <g key={index}>
                  {SEGMENTS.map((segment) => {
                    const h = scale(gpu.segments[segment]);
                    if (h <= 0) return null;
                    top -= h;
                    return (
                      <rect
                        key={segment}
                        x={left + index * (BAR_WIDTH + BAR_GAP)}
                        y={top}
                        width={BAR_WIDTH}
                        height={h}
                        fill={SEGMENT_COLOR[segment]}
                      />
                    );
                  })}
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
