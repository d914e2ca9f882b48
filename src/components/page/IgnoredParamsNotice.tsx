import { useTranslation } from 'react-i18next';
import { dismissIgnoredParams, useScenarioStore } from '../../state/scenario-store';
import { CONTROL_CLASS } from '../shared/controls';

export function IgnoredParamsNotice() {
  const { t } = useTranslation();
  const ignored = useScenarioStore((state) => state.ignoredParams);
  if (ignored.length === 0) return null;
  return (
    <section
      role="alert"
      data-testid="url-notice"
      className="mt-4 flex flex-wrap items-start justify-between gap-3 rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-50"
    >
      <div className="min-w-0">
        <h2 className="font-semibold">{t('notice.title')}</h2>
        <p>{t('notice.body')}</p>
        <ul className="mt-1 list-disc pl-5">
          {ignored.map((param, index) => (
            <li key={index} className="break-all">
              <code>
                {param.key}={param.value}
              </code>
              : {t(`notice.reason.${param.reason}`)}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className={CONTROL_CLASS} onClick={dismissIgnoredParams}>
        {t('notice.dismiss')}
      </button>
    </section>
  );
}
