import { useTranslation } from 'react-i18next';
import { formatCount, formatGiB, formatPercent, formatPlain } from '../../lib/format';
import type { PeerReconciliation } from '../../logs/peer-reconcile';
import { CalibrationLine, FigureTable, type FigureRow } from './FigureTable';

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
  const rows: FigureRow[] = [
    {
      label: t('log.peer.bytesPerToken'),
      logged: loggedBytesPerToken
        ? `${formatCount(loggedBytesPerToken.from, locale)} – ${formatCount(loggedBytesPerToken.to, locale)} B`
        : '—',
      page: `${formatCount(reconciliation.bytesPerToken, locale)} B`,
      note: loggedBytesPerToken ? (reconciliation.bytesAgree ? t('log.exact') : '≠') : '',
      testId: 'bytesPerToken',
    },
    {
      label: t('log.peer.tokens'),
      logged: loggedTokens === null ? '—' : formatCount(loggedTokens, locale),
      page: formatCount(pageTokens, locale),
      note:
        loggedTokens === null || off === 0
          ? '—'
          : `${off > 0 ? '+' : ''}${formatPercent(off, locale)}`,
      testId: 'tokens',
    },
    {
      label: t('log.peer.kv'),
      logged: `${formatGiB((loggedKv.from + loggedKv.to) / 2, locale)} GiB`,
      page: gib(reconciliation.pageKv),
      note: t('log.unexplained', { value: gib(reconciliation.unexplained) }),
      testId: 'kv',
    },
  ];
  return (
    <div className="space-y-2 text-sm">
      <FigureTable pageHeading={t('log.peer.row')} rows={rows} />
      <CalibrationLine
        calibrated={calibrated}
        calibratedText={t('log.peer.calibrated')}
        unexplained={formatPlain(reconciliation.unexplained, locale, 2)}
      />
    </div>
  );
}
