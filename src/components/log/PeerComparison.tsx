import { useTranslation } from 'react-i18next';
import { formatCount, formatGiB, formatPercent, formatPlain } from '../../lib/format';
import type { PeerReconciliation } from '../../logs/peer-reconcile';
import { calibrateToLog } from '../../state/log-store';
import { CONTROL_CLASS } from '../shared/controls';

const CELL = 'px-1 py-1 sm:px-2 text-right font-mono tabular-nums sm:whitespace-nowrap';

/** A vLLM or SGLang log beside that engine's row of the comparison. */
export function PeerComparison({ reconciliation }: { reconciliation: PeerReconciliation | null }) {
  const { t, i18n } = useTranslation();
  if (!reconciliation) {
    return <p className="text-sm">{t('log.peer.noRow')}</p>;
  }
  const locale = i18n.language;
  const gib = (value: number) => `${formatGiB(value, locale)} GiB`;
  const { loggedTokens, pageTokens, loggedKv, loggedBytesPerToken } = reconciliation;
  const off = loggedTokens ? (pageTokens - loggedTokens) / loggedTokens : 0;
  const pageSize = reconciliation.engine === 'vllm' ? 16 : 1;
  const calibrated = loggedTokens !== null && Math.abs(pageTokens - loggedTokens) <= pageSize;
  const rows: ['bytesPerToken' | 'tokens' | 'kv', string, string, string][] = [
    [
      'bytesPerToken',
      loggedBytesPerToken
        ? `${formatCount(loggedBytesPerToken.from, locale)} – ${formatCount(loggedBytesPerToken.to, locale)} B`
        : '—',
      `${formatCount(reconciliation.bytesPerToken, locale)} B`,
      loggedBytesPerToken ? (reconciliation.bytesAgree ? t('log.exact') : '≠') : '',
    ],
    [
      'tokens',
      loggedTokens === null ? '—' : formatCount(loggedTokens, locale),
      formatCount(pageTokens, locale),
      loggedTokens === null || off === 0
        ? '—'
        : `${off > 0 ? '+' : ''}${formatPercent(off, locale)}`,
    ],
    [
      'kv',
      `${formatGiB((loggedKv.from + loggedKv.to) / 2, locale)} GiB`,
      gib(reconciliation.pageKv),
      t('log.unexplained', { value: gib(reconciliation.unexplained) }),
    ],
  ];
  return (
    <div className="space-y-2 text-sm">
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('log.logged')}>
        <table className="w-full border-collapse" data-testid="log-table">
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-600">
              <th scope="col" className="px-1 py-1 sm:px-2 text-left">
                {t('log.figure')}
              </th>
              <th scope="col" className="px-1 py-1 sm:px-2 text-right">
                {t('log.logged')}
              </th>
              <th scope="col" className="px-1 py-1 sm:px-2 text-right">
                {t('log.peer.row')}
              </th>
              <th scope="col" className="px-1 py-1 sm:px-2 text-right">
                {t('log.difference')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([row, logged, page, note]) => (
              <tr key={row} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="px-1 py-1 sm:px-2 text-left font-normal">
                  {t(`log.peer.${row}`)}
                </th>
                <td className={CELL} data-testid={`log-${row}-logged`}>
                  {logged}
                </td>
                <td className={CELL} data-testid={`log-${row}-page`}>
                  {page}
                </td>
                <td className="px-1 py-1 sm:px-2 text-right text-xs">{note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {calibrated ? (
        <p className="text-emerald-800 dark:text-emerald-300" data-testid="log-calibrated">
          {t('log.peer.calibrated')}
        </p>
      ) : (
        <p>
          {t('log.notYet', { value: formatPlain(reconciliation.unexplained, locale, 2) })}{' '}
          <button
            type="button"
            className={CONTROL_CLASS}
            data-testid="log-calibrate"
            onClick={calibrateToLog}
          >
            {t('log.calibrate')}
          </button>
        </p>
      )}
    </div>
  );
}
