import { useTranslation } from 'react-i18next';
import { LogInput } from './LogInput';
import { LogReport } from './LogReport';

/** Loaded on demand: a start-up log read, held against the page, and calibrated to. */
export default function LogPanel() {
  const { t } = useTranslation();
  return (
    <div className="mt-2 space-y-3" data-testid="log-panel">
      <p className="text-sm text-slate-600 dark:text-slate-300">{t('log.intro')}</p>
      <LogInput />
      <LogReport />
    </div>
  );
}
