import { useTranslation } from 'react-i18next';
import type { TpFinding } from '../../model';

export type Refusal = Exclude<TpFinding, { kind: 'kv-heads-replicated' }>;

/** Why LMDeploy refuses a TP degree, in one sentence. */
export function RefusalText({ finding }: { finding: Refusal }) {
  const { t } = useTranslation();
  return finding.kind === 'heads-indivisible'
    ? t('findings.heads-indivisible', { heads: finding.heads, P: finding.tpDegree })
    : t('findings.kv-heads-indivisible', { kvHeads: finding.kvHeads, P: finding.tpDegree });
}
