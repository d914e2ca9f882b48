import { useTranslation } from 'react-i18next';
import type { Segment } from '../model';
import { formatGiB } from '../lib/format';

interface MemoryTooltipProps {
  readonly testId: string;
  readonly label: string;
  readonly values: Readonly<Record<Segment, number>>;
  readonly segments: readonly Segment[];
  /** Which side of the bar the box opens to, and its distance from that side of the chart. */
  readonly side: 'left' | 'right';
  readonly anchor: number;
  readonly top: number;
}

/** Lists every segment of the hovered GPU in GiB, top of the bar first like the stack. */
export function MemoryTooltip({
  testId,
  label,
  values,
  segments,
  side,
  anchor,
  top,
}: MemoryTooltipProps) {
  const { t, i18n } = useTranslation();
  return (
    <div
      data-testid={testId}
      className="pointer-events-none absolute z-10 w-max whitespace-nowrap rounded-md border border-slate-300 bg-white p-2 text-xs shadow-md dark:border-slate-600 dark:bg-slate-900"
      style={side === 'right' ? { left: anchor, top } : { right: anchor, top }}
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
