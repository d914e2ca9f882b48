import { useTranslation } from 'react-i18next';
import { KV_PRECISIONS, WEIGHT_PRECISIONS } from '../model';
import { selectKvCache, selectWeights, useScenarioStore } from '../state/scenario-store';
import { SelectField } from './SelectField';

export function WeightFormatSelect() {
  const { t } = useTranslation();
  const weights = useScenarioStore((state) => state.scenario.weights);
  return (
    <SelectField
      label={t('weights.label')}
      value={weights}
      onChange={(value) => {
        const chosen = WEIGHT_PRECISIONS.find((option) => option === value);
        if (chosen) selectWeights(chosen);
      }}
      testId="weights-select"
    >
      {WEIGHT_PRECISIONS.map((option) => (
        <option key={option} value={option}>
          {t(`weights.${option}`)}
        </option>
      ))}
    </SelectField>
  );
}

export function KvFormatSelect() {
  const { t } = useTranslation();
  const kvCache = useScenarioStore((state) => state.scenario.kvCache);
  return (
    <SelectField
      label={t('kvCache.label')}
      value={kvCache}
      onChange={(value) => {
        const chosen = KV_PRECISIONS.find((option) => option === value);
        if (chosen) selectKvCache(chosen);
      }}
      testId="kv-select"
    >
      {KV_PRECISIONS.map((option) => (
        <option key={option} value={option}>
          {t(`kvCache.${option}`)}
        </option>
      ))}
    </SelectField>
  );
}
