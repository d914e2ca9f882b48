interface LimitLabelProps {
  readonly viewBox?: { x?: number; y?: number; width?: number };
  readonly text: string;
}

const LABEL_HEIGHT = 16;
const CHAR_WIDTH = 6.6;

/** "T = … GiB" above the limit line, on a backing so it stays legible over bars. */
export function GpuLimitLabel({ viewBox, text }: LimitLabelProps) {
  const { x = 0, y = 0, width = 0 } = viewBox ?? {};
  const labelWidth = text.length * CHAR_WIDTH + 8;
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
