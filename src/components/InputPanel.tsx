import { useTranslation } from 'react-i18next';
import { INPUT_KEYS } from '../inputs/definitions';
import { InputControl } from './InputControl';

export function InputPanel() {
  const { t } = useTranslation();
  return (
    <aside className="self-start rounded-lg border border-slate-200 bg-white p-4 shadow-sm lg:sticky lg:top-4 dark:border-slate-700 dark:bg-slate-900">
      <h2 className="mb-3 text-lg font-semibold">{t('inputs.heading')}</h2>
      <div className="space-y-5">
        {INPUT_KEYS.map((key) => (
          <InputControl key={key} inputKey={key} />
        ))}
      </div>
    </aside>
  );
}
