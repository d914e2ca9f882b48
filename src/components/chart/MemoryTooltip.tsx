import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../model';
import { formatGiB } from '../../lib/format';

interface MemoryTooltipProps {
  readonly testId: string;
  readonly label: string;
  readonly values: Readonly<Record<Segment, number>>;
  readonly segments: readonly Segment[];
  /** The hovered bar's left and right edges, and the chart's width, in pixels. */
  readonly barLeft: number;
  readonly barRight: number;
  readonly chartWidth: number;
  readonly top: number;
}

/** Lists every segment of the hovered GPU in GiB, top of the bar first like the stack. */
export function MemoryTooltip({
  testId,
  label,
  values,
  segments,
  barLeft,
  barRight,
  chartWidth,
  top,
}: MemoryTooltipProps) {
  const { t, i18n } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    setWidth(box.current?.offsetWidth ?? 0);
  }, [label, i18n.language]);
  const left = tooltipLeft(width, barLeft, barRight, chartWidth);
  return (
    <div
      ref={box}
      data-testid={testId}
      className="pointer-events-none absolute z-10 w-max whitespace-nowrap rounded-md border border-slate-300 bg-white p-2 text-xs shadow-md dark:border-slate-600 dark:bg-slate-900"
      style={{ left, top }}
    >
      <p className="mb-1 font-semibold">{label}</p>
      <table>
        <tbody>
          {[...segments].reverse().map((segment) => (
            <tr key={segment}>
              <th scope="row" className="pr-3 text-left font-normal">
                {t(`segment.${segment}`)}
              </th>
              <td className="text-right font-mono tabular-nums">
                {formatGiB(values[segment], i18n.language)} GiB
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const GAP = 8;

/** Beside the bar, right if there is room, else left; over the bars when neither side fits. */
function tooltipLeft(width: number, barLeft: number, barRight: number, chartWidth: number) {
  if (barRight + GAP + width <= chartWidth) return barRight + GAP;
  if (barLeft - GAP - width >= 0) return barLeft - GAP - width;
  return Math.max(0, chartWidth - width);
}
