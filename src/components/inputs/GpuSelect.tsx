import { useTranslation } from 'react-i18next';
import { formatGiB } from '../../lib/format';
import { findGpu, GPU_PRESETS } from '../../model';
import { selectGpu, useScenarioStore } from '../../state/scenario-store';
import { SelectField } from './SelectField';

const CUSTOM = '';
const MIB_PER_GIB = 1024;

export function GpuSelect() {
  const { t, i18n } = useTranslation();
  const gpuId = useScenarioStore((state) => state.scenario.gpu);
  const gpu = findGpu(gpuId);
  const note = gpu
    ? gpu.nvidiaSmiMiB
      ? t('gpu.note', {
          runtime: gpu.runtime,
          smi: gpu.nvidiaSmiMiB,
          smiGiB: formatGiB(gpu.nvidiaSmiMiB / MIB_PER_GIB, i18n.language),
        })
      : t('gpu.noteNoSmi', { runtime: gpu.runtime })
    : undefined;
  return (
    <SelectField
      label={t('gpu.label')}
      value={gpuId ?? CUSTOM}
      onChange={selectGpu}
      testId="gpu-select"
      note={note}
    >
      <option value={CUSTOM}>{t('gpu.custom')}</option>
      {GPU_PRESETS.map((preset) => (
        <option key={preset.id} value={preset.id}>
          {preset.name} · {formatGiB(preset.memoryGiB, i18n.language)} GiB
        </option>
      ))}
    </SelectField>
  );
}
