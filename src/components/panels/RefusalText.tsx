import { useTranslation } from 'react-i18next';
import type { VersionFinding } from '../../model';

export type Refusal = Exclude<VersionFinding, { kind: 'kv-heads-replicated' }>;

/** Why LMDeploy refuses the scenario before any memory is counted, in one sentence. */
export function RefusalText({ finding }: { finding: Refusal }) {
  const { t } = useTranslation();
  switch (finding.kind) {
    case 'heads-indivisible':
      return t('findings.heads-indivisible', { heads: finding.heads, P: finding.tpDegree });
    case 'kv-heads-indivisible':
      return t('findings.kv-heads-indivisible', { kvHeads: finding.kvHeads, P: finding.tpDegree });
    case 'weight-format':
      return t('findings.weight-format', { format: t(`weights.short.${finding.weights}`) });
    case 'vision':
      return t('findings.vision');
  }
}
