import { useTranslation } from 'react-i18next';
import { PASTED_MODEL_ID } from '../inputs/scenario';
import { formatCount } from '../lib/format';
import { countParameters, MODEL_PRESETS, type ModelPreset } from '../model';
import { deriveView } from '../state/derived';
import { selectModel, useScenarioStore } from '../state/scenario-store';
import { SelectField } from './SelectField';

const FAMILIES = [...new Set(MODEL_PRESETS.map((model) => model.family))];
const byFamily = (family: string): readonly ModelPreset[] =>
  MODEL_PRESETS.filter((model) => model.family === family);

function SizesNote() {
  const { t, i18n } = useTranslation();
  const scenario = useScenarioStore((state) => state.scenario);
  const view = deriveView(scenario);
  const { architecture, name } = view.model;
  if (scenario.sizes === 'manual') {
    return (
      <>
        {t('model.manual', { name })}{' '}
        <button
          type="button"
          className="underline decoration-dotted underline-offset-2"
          onClick={() => {
            selectModel(scenario.model);
          }}
        >
          {t('model.useDerived')}
        </button>
      </>
    );
  }
  const params = countParameters(architecture).total / 1e9;
  const padded = Math.ceil(architecture.vocabSize / view.inputs.P) * view.inputs.P;
  return (
    <>
      {t('model.derived', {
        params: params.toFixed(2),
        vocab: formatCount(architecture.vocabSize, i18n.language),
        padded: formatCount(padded, i18n.language),
      })}{' '}
      {architecture.tieWordEmbeddings && t('model.tied')}
    </>
  );
}

export function ModelSelect() {
  const { t } = useTranslation();
  const model = useScenarioStore((state) => state.scenario.model);
  const pasted = useScenarioStore((state) => state.scenario.pasted);
  return (
    <SelectField
      label={t('model.label')}
      value={model}
      onChange={selectModel}
      testId="model-select"
      note={<SizesNote />}
    >
      {pasted && (
        <option value={PASTED_MODEL_ID}>{t('model.pasted', { name: pasted.name })}</option>
      )}
      {FAMILIES.map((family) => (
        <optgroup key={family} label={family}>
          {byFamily(family).map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.name}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );
}
