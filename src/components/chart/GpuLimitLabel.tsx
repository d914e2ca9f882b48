import { textWidth } from './chart-size';

interface LimitLabelProps {
  /** Left end, height and length of the limit line the label sits on. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly text: string;
}

const LABEL_HEIGHT = 16;

/** "T = … GiB" above the limit line, on a backing so it stays legible over bars. */
export function GpuLimitLabel({ x, y, width, text }: LimitLabelProps) {
  const labelWidth = textWidth(text) + 8;
  const left = x + width - labelWidth;
  const top = y - LABEL_HEIGHT - 1;
  return (
    <g aria-hidden="true">
      <rect
        x={left}
        y={top}
        width={labelWidth}
        height={LABEL_HEIGHT}
        rx={3}
        className="fill-white/90 dark:fill-slate-900/90"
      />
      <text x={left + 4} y={top + 12} fontSize={12} fill="var(--gpu-limit)">
        {text}
      </text>
    </g>
  );
}
