import { useTranslation } from 'react-i18next';
import { KV_PRECISIONS, WEIGHT_PRECISIONS } from '../../model';
import { selectKvCache, selectWeights, useScenarioStore } from '../../state/scenario-store';
import { SelectField } from './SelectField';

interface OptionSelectProps<T extends string> {
  readonly label: string;
  readonly options: readonly T[];
  readonly value: T;
  readonly labelOf: (option: T) => string;
  readonly onSelect: (option: T) => void;
  readonly testId: string;
}

export function OptionSelect<T extends string>({
  label,
  options,
  value,
  labelOf,
  onSelect,
  testId,
}: OptionSelectProps<T>) {
  return (
    <SelectField
      label={label}
      value={value}
      onChange={(chosen) => {
        const option = options.find((candidate) => candidate === chosen);
        if (option) onSelect(option);
      }}
      testId={testId}
    >
      {options.map((option) => (
        <option key={option} value={option}>
          {labelOf(option)}
        </option>
      ))}
    </SelectField>
  );
}

export function WeightFormatSelect() {
  const { t } = useTranslation();
  const weights = useScenarioStore((state) => state.scenario.weights);
  return (
    <OptionSelect
      label={t('weights.label')}
      options={WEIGHT_PRECISIONS}
      value={weights}
      labelOf={(option) => t(`weights.${option}`)}
      onSelect={selectWeights}
      testId="weights-select"
    />
  );
}

export function KvFormatSelect() {
  const { t } = useTranslation();
  const kvCache = useScenarioStore((state) => state.scenario.kvCache);
  return (
    <OptionSelect
      label={t('kvCache.label')}
      options={KV_PRECISIONS}
      value={kvCache}
      labelOf={(option) => t(`kvCache.${option}`)}
      onSelect={selectKvCache}
      testId="kv-select"
    />
  );
}
