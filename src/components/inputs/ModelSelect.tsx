import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { PASTED_MODEL_ID } from '../../inputs/scenario';
import { formatCount } from '../../lib/format';
import { MODEL_PRESETS, type ModelPreset } from '../../model';
import { useDragView } from '../../state/views';
import { selectModel, useScenarioStore } from '../../state/scenario-store';
import { SelectField } from './SelectField';

const FAMILIES = [...new Set(MODEL_PRESETS.map((model) => model.family))];
const byFamily = (family: string): readonly ModelPreset[] =>
  MODEL_PRESETS.filter((model) => model.family === family);

function SizesNote() {
  const { t, i18n } = useTranslation();
  // Only what the note shows, so that dragging λ or T does not redraw it.
  const sizes = useScenarioStore((state) => state.scenario.sizes);
  const modelId = useScenarioStore((state) => state.scenario.model);
  const { name, facts } = useDragView(
    useShallow((view) => ({ name: view.model.name, facts: view.modelFacts })),
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
  return (
    <>
      {t('model.derived', {
        params: (facts.parameters / 1e9).toFixed(2),
        vocab: formatCount(facts.vocab, i18n.language),
        padded: formatCount(facts.paddedVocab, i18n.language),
      })}{' '}
      {facts.tied && t('model.tied')}
    </>
  );
}

export function ModelSelect() {
  const { t } = useTranslation();
  const model = useScenarioStore((state) => state.scenario.model);
  const pasted = useScenarioStore((state) => state.scenario.pasted);
  const name = useDragView((view) => view.model.name);
  return (
    <SelectField
      label={t('model.label')}
      value={model}
      title={name}
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
