import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../lib/format';
import { useSettledView } from '../../state/views';
import { RefusalText } from './RefusalText';

export function TpFindings() {
  const { t, i18n } = useTranslation();
  const { findings, layout, kvShape } = useSettledView();
  return (
    <ul className="mt-2 space-y-1 text-sm" data-testid="tp-findings">
      {findings.map((finding) =>
        finding.kind === 'kv-heads-replicated' ? (
          <li
            key={finding.kind}
            className="rounded-md bg-sky-50 p-2 text-sky-950 dark:bg-sky-950 dark:text-sky-50"
          >
            {t('findings.kv-heads-replicated', {
              kvHeads: finding.kvHeads,
              P: finding.tpDegree,
              copies: finding.copies,
              actual: formatBytes(layout.bytesPerTokenPerGpu, i18n.language),
              ideal: formatBytes(layout.idealBytesPerTokenPerGpu, i18n.language),
            })}
          </li>
        ) : (
          <li
            key={finding.kind}
            role="alert"
            className="rounded-md border border-red-500 bg-red-50 p-2 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
          >
            <RefusalText finding={finding} />
          </li>
        ),
      )}
      {kvShape.latentValues !== null && (
        <li className="rounded-md bg-sky-50 p-2 text-sky-950 dark:bg-sky-950 dark:text-sky-50">
          {t('findings.latent', { values: kvShape.latentValues })}
        </li>
      )}
    </ul>
  );
}
