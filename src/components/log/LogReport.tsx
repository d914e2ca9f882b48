import { useTranslation } from 'react-i18next';
import { formatCount, formatGiB, formatPlain } from '../../lib/format';
import type { LogChange } from '../../logs/apply';
import type { StartupLog } from '../../logs/readings';
import { findGpu, findModel } from '../../model';
import { useLogHolding, useLogStore } from '../../state/log-store';
import { LogProblemText } from './LogProblemText';
import { PeerComparison } from './PeerComparison';
import { Reconciliation } from './Reconciliation';

/** What reading the log did: the engine it is from, and every input it set. */
export function LogReport() {
  const log = useLogStore((state) => state.log);
  const changes = useLogStore((state) => state.changes);
  const problem = useLogStore((state) => state.problem);
  return (
    <div className="space-y-3" role="status" data-testid="log-report">
      {problem && (
        <p className="text-sm text-red-700 dark:text-red-400" data-testid="log-problem">
          <LogProblemText problem={problem} />
        </p>
      )}
      {log && (
        <>
          <LogSummary log={log} changes={changes} />
          <Holding />
        </>
      )}
    </div>
  );
}

function Holding() {
  const holding = useLogHolding();
  if (!holding) return null;
  return holding.engine === 'lmdeploy' ? (
    <Reconciliation result={holding.result} />
  ) : (
    <PeerComparison reconciliation={holding.result} />
  );
}

function LogSummary({ log, changes }: { log: StartupLog; changes: readonly LogChange[] }) {
  const { t, i18n } = useTranslation();
  const version = log.versions.at(-1);
  return (
    <div className="text-sm">
      <p className="font-medium" data-testid="log-engine">
        {t(`log.engine.${log.cache.kind}`, { ranks: log.cache.ranks })}
        {version && (
          <>
            {t('log.sentenceBreak')}
            {t('log.fits', {
              versions: new Intl.ListFormat(i18n.language, { type: 'disjunction' }).format(
                log.versions.map((id) => t(`version.${id}.title`)),
              ),
              version: t(`version.${version}.title`),
            })}
          </>
        )}
      </p>
      <p className="mt-1 font-medium">{t('log.set')}</p>
      {changes.length === 0 ? (
        <p>{t('log.nothingSet')}</p>
      ) : (
        <ul className="flex flex-wrap gap-x-4 gap-y-1" data-testid="log-changes">
          {changes.map((change) => (
            <li key={change.setting} className="font-mono text-xs">
              <ChangeText change={change} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ChangeText({ change }: { change: LogChange }) {
  const { t, i18n } = useTranslation();
  const value = (() => {
    switch (change.setting) {
      case 'version':
        return t(`version.${change.value}.title`);
      case 'kvFormat':
        return t(`kvCache.${change.value}`);
      case 'weightFormat':
        return t(`weights.${change.value}`);
      case 'gpu':
        return findGpu(change.value)?.name ?? change.value;
      case 'model':
        return findModel(change.value)?.name ?? change.value;
      case 'gpuMemory':
        return formatGiB(change.value, i18n.language);
      case 'cacheRatio':
      case 'engineKnob':
        return formatPlain(change.value, i18n.language);
      default:
        return formatCount(change.value, i18n.language);
    }
  })();
  return <>{t(`log.change.${change.setting}`, { value })}</>;
}
