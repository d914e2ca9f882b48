import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useScenarioStore } from '../../state/scenario-store';
import { ResetBoundary } from '../shared/ResetBoundary';

/** Around the charts and panels: the inputs stay usable, and changing one tries again. */
export function ChartBoundary({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const scenario = useScenarioStore((state) => state.scenario);
  const fallback = (
    <div role="alert" className="rounded-lg border border-red-500 p-4">
      <h2 className="font-semibold">{t('error.title')}</h2>
      <p>{t('error.body')}</p>
    </div>
  );
  return (
    <ResetBoundary resetKey={scenario} fallback={fallback}>
      {children}
    </ResetBoundary>
  );
}
