import { useTranslation } from 'react-i18next';
import { VARIANTS } from '../../model';
import { formatCount } from '../../lib/format';
import { useSettledView } from '../../state/views';
import { CheckpointNote } from './CheckpointNote';
import { CommandBlock } from './CommandBlock';
import { CARD_CLASS } from '../shared/controls';

/** For each chart: how to start that version, and what its start-up log should say. */
export function StartupPanel() {
  const { t, i18n } = useTranslation();
  const { comparison, versions, startup, weights } = useSettledView();
  return (
    <section id="startup" aria-labelledby="startup-title" className={`print-hide ${CARD_CLASS}`}>
      <h2 id="startup-title" className="text-lg font-semibold">
        {t('startup.heading')}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">{t('startup.intro')}</p>
      <div className="mt-2 grid gap-4 xl:grid-cols-2">
        {VARIANTS.map((variant) => {
          const version = versions[variant];
          const memory = comparison[variant];
          const { command, checkpoint, logLines: lines } = startup[variant];
          const debugOnly = lines.length > 0 && lines.every((line) => line.debugOnly);
          return (
            <div key={variant} className="min-w-0" data-testid={`${variant}-startup`}>
              <h3 className="font-semibold">{t(`version.${version}.title`)}</h3>
              <p className="mt-1 text-sm font-medium">{t('startup.command')}</p>
              {command.length > 0 && (
                <CommandBlock
                  lines={command}
                  testId={`${variant}-command`}
                  label={t('answer.copyFor', { title: t(`version.${version}.title`) })}
                />
              )}
              <CheckpointNote
                checkpoint={checkpoint}
                weights={weights}
                testId={`${variant}-checkpoint-note`}
              />
              {memory.overcommitted && (
                <p
                  className="mt-2 rounded-md bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50"
                  data-testid={`${variant}-overcommitted`}
                >
                  {t('problem.overcommitted', {
                    logged: formatCount(memory.loggedBlocks, i18n.language),
                    usable: formatCount(memory.blocks, i18n.language),
                  })}
                </p>
              )}
              <p className="mt-2 text-sm font-medium">
                {t('startup.logs')}
                {debugOnly && (
                  <span className="font-normal text-slate-600 dark:text-slate-400">
                    {' '}
                    ({t('startup.debugOnly')})
                  </span>
                )}
              </p>
              {!memory.fits ? (
                <p className="text-sm">{t('startup.unusable')}</p>
              ) : lines.length === 0 ? (
                <p className="text-sm">{t('startup.noLogs')}</p>
              ) : (
                <ul className="mt-1 space-y-0.5 font-mono text-xs" data-testid={`${variant}-log`}>
                  {lines.map((line) => (
                    <li key={line.text} className="break-all">
                      {line.text}
                      {line.releases && (
                        <span className="ml-2 font-sans text-slate-600 dark:text-slate-400">
                          ({t('startup.releases', { releases: line.releases })})
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
