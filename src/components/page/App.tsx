import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { holdsComparisonSettings, holdsLayoutSettings } from '../../inputs/scenario';
import { useActiveLesson } from '../../state/page-store';
import { useScenarioStore } from '../../state/scenario-store';
import { LAZY_CHUNKS } from '../../chunks';
import { VARIANTS } from '../../model';
import { CapacityPanel } from '../panels/CapacityPanel';
import { AnswerStrip } from './AnswerStrip';
import { LessonCallout } from './LessonCallout';
import { ChartBoundary } from '../chart/ChartBoundary';
import { ExportMenu } from '../panels/ExportMenu';
import { Glossary } from './Glossary';
import { Header } from './Header';
import { UpdatePrompt } from './UpdatePrompt';
import { IgnoredParamsNotice } from './IgnoredParamsNotice';
import { InputPanel } from '../inputs/InputPanel';
import { LazyDetails } from '../shared/LazyDetails';
import { LessonBar } from './LessonBar';
import { PrintedScenario } from '../panels/PrintedScenario';
import { SegmentLegend } from '../chart/SegmentLegend';
import { SettledScenario } from './SettledScenario';
import { StartupPanel } from '../panels/StartupPanel';
import { Summary } from '../panels/Summary';
import { SweepView } from '../panels/SweepView';
import { VariantCard } from '../chart/VariantCard';
import { CARD_CLASS } from '../shared/controls';

export function App() {
  const { t } = useTranslation();
  // A link that sets another engine's knob or calibration is about the comparison.
  const [comparisonInLink] = useState(() =>
    holdsComparisonSettings(useScenarioStore.getState().scenario),
  );
  // And one with --dp, --ep, --cp or --nnodes is about a layout.
  const [layoutInLink] = useState(() => holdsLayoutSettings(useScenarioStore.getState().scenario));
  const lessonAtLayout = useActiveLesson()?.highlight === 'layout';
  // The prerendered page looks ready before the app has taken it over; this marks when it has.
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  return (
    <div className="mx-auto max-w-7xl px-3 py-4 sm:px-6 lg:py-6">
      <a
        href="#answer"
        className="sr-only rounded bg-blue-700 px-3 py-2 text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
      >
        {t('app.skipToResults')}
      </a>
      <Header />
      <UpdatePrompt />
      <IgnoredParamsNotice />
      {/* One settled copy of the scenario for every panel that reads it (see SettledScenario). */}
      <SettledScenario>
        <div className="mt-4 grid gap-4 lg:grid-cols-[19rem_minmax(0,1fr)] lg:grid-rows-[auto_1fr]">
          <AnswerStrip />
          <main className="min-w-0 space-y-4 lg:col-start-2 lg:row-start-2">
            <LessonBar />
            <PrintedScenario />
            <ChartBoundary>
              <LessonCallout targets={['variant-pre', 'variant-post']} />
              <SegmentLegend />
              <div className="grid gap-4 xl:grid-cols-2 print:grid-cols-2">
                {VARIANTS.map((variant) => (
                  <VariantCard key={variant} variant={variant} />
                ))}
              </div>
              <ExportMenu />
              <CapacityPanel />
              <StartupPanel />
              <LazyDetails
                id="log"
                className={`print-hide ${CARD_CLASS}`}
                summaryClassName="cursor-pointer text-lg font-semibold"
                summary={t('log.open')}
                load={LAZY_CHUNKS.startupLog}
              />
              <LazyDetails
                id="compare"
                className={`print-hide ${CARD_CLASS}`}
                summaryClassName="cursor-pointer text-lg font-semibold"
                summary={t('compare.open')}
                load={LAZY_CHUNKS.engineComparison}
                openAtStart={comparisonInLink}
              />
              <LazyDetails
                id="layout"
                className={`print-hide ${CARD_CLASS}`}
                summaryClassName="cursor-pointer text-lg font-semibold"
                summary={t('layout.open')}
                load={LAZY_CHUNKS.parallelLayout}
                openAtStart={layoutInLink}
                openWhen={lessonAtLayout}
              />
              <SweepView />
              <Summary />
              <LazyDetails
                id="explain"
                className={CARD_CLASS}
                summaryClassName="cursor-pointer text-lg font-semibold"
                summary={t('explain.open')}
                load={LAZY_CHUNKS.explanation}
              />
            </ChartBoundary>
          </main>
          {/* The answer and the charts come first, the inputs after them: in the document, so
              that a phone painting a half-loaded page adds below what it shows rather than
              moving it, and in reading order. On a wide screen the inputs take the left column
              and scroll in it, so the answer above the charts stays in view while any of them
              changes. */}
          <div className="min-w-0 lg:sticky lg:top-2 lg:col-start-1 lg:row-span-2 lg:row-start-1 lg:max-h-[calc(100vh-7rem)] lg:self-start lg:overflow-y-auto lg:rounded-lg">
            <InputPanel />
          </div>
        </div>
      </SettledScenario>
      <footer className="mt-6 space-y-2 text-xs text-slate-600 dark:text-slate-400">
        <Glossary />
        <p>{t('app.units')}</p>
        <p>{t('app.sources')}</p>
      </footer>
    </div>
  );
}
