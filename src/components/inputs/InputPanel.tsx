import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LAZY_CHUNKS } from '../../chunks';
import { OverheadControls, UsedByOthersInput, VersionSelects } from './EngineControls';
import { KvFormatSelect, WeightFormatSelect } from './FormatSelects';
import { GpuSelect } from './GpuSelect';
import { InputControl } from './InputControl';
import { LazyDetails } from '../shared/LazyDetails';
import { ModelSelect } from './ModelSelect';
import { CARD_CLASS } from '../shared/controls';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-4 border-t border-slate-200 pt-3 first:border-t-0 first:pt-0 dark:border-slate-700">
      <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
        {title}
      </h3>
      {children}
    </section>
  );
}

export function InputPanel() {
  const { t } = useTranslation();
  return (
    <aside id="inputs" className={`scroll-mt-40 space-y-4 self-start lg:scroll-mt-4 ${CARD_CLASS}`}>
      <h2 className="text-lg font-semibold">{t('inputs.heading')}</h2>
      <Section title={t('sections.hardware')}>
        <GpuSelect />
        <InputControl inputKey="T" />
        <InputControl inputKey="P" />
        <UsedByOthersInput />
      </Section>
      <Section title={t('sections.model')}>
        <ModelSelect />
        <LazyDetails
          id="config-import"
          className="text-sm"
          summaryClassName="cursor-pointer text-blue-700 dark:text-blue-300"
          summary={t('config.open')}
          load={LAZY_CHUNKS.configImport}
        />
        <WeightFormatSelect />
        <InputControl inputKey="S" />
        <InputControl inputKey="E" />
      </Section>
      <Section title={t('sections.engine')}>
        <VersionSelects />
        <InputControl inputKey="lambda" />
        <KvFormatSelect />
        <OverheadControls />
      </Section>
      <Section title={t('sections.workload')}>
        <InputControl inputKey="len" />
        <InputControl inputKey="n" />
      </Section>
    </aside>
  );
}
