import { useTranslation } from 'react-i18next';
import type { TooltipContentProps } from 'recharts';
import { formatGiB } from '../lib/format';

/** Lists every segment of the hovered GPU in GiB, top of the bar first like the stack. */
export function MemoryTooltip({
  active,
  payload,
  label,
}: Partial<TooltipContentProps<number, string>>) {
  const { i18n } = useTranslation();
  if (!active || !payload || payload.length === 0) return null;
  return (
    <div className="rounded-md border border-slate-300 bg-white p-2 text-xs shadow-md dark:border-slate-600 dark:bg-slate-900">
      <p className="mb-1 font-semibold">{String(label)}</p>
      <table>
        <tbody>
          {[...payload].reverse().map((entry) => (
            <tr key={String(entry.dataKey)}>
              <th scope="row" className="pr-3 text-left font-normal">
                {entry.name}
              </th>
              <td className="text-right font-mono tabular-nums">
                {formatGiB(Number(entry.value), i18n.language)} GiB
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
