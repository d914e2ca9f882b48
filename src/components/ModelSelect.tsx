import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
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
  // Only what the note shows, so that dragging λ or T does not redraw it.
  const { sizes, modelId, tpDegree, architecture, name } = useScenarioStore(
    useShallow((state) => {
      const { model, inputs } = deriveView(state.scenario);
      return {
        sizes: state.scenario.sizes,
        modelId: state.scenario.model,
        tpDegree: inputs.P,
        architecture: model.architecture,
        name: model.name,
      };
    }),
  );
  if (sizes === 'manual') {
    return (
      <>
        {t('model.manual', { name })}{' '}
        <button
          type="button"
          className="underline decoration-dotted underline-offset-2"
          onClick={() => {
            selectModel(modelId);
          }}
        >
          {t('model.useDerived')}
        </button>
      </>
    );
  }
  const params = countParameters(architecture).total / 1e9;
  const padded = Math.ceil(architecture.vocabSize / tpDegree) * tpDegree;
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
