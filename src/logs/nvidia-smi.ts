import { GPU_PRESETS, type GpuPreset } from '../model';

/** One GPU's row of `nvidia-smi`'s table. */
export interface SmiGpu {
  readonly index: number;
  readonly name: string | null;
  readonly usedMiB: number;
  readonly totalMiB: number;
  /** The catalogue GPU whose nvidia-smi total this is, which gives the total CUDA reports. */
  readonly preset: GpuPreset | null;
}

const NAME_ROW = /^\|\s*(\d+)\s+(.+?)\s+(?:On|Off)\s*\|/;
const MEMORY = /(\d+)\s*MiB\s*\/\s*(\d+)\s*MiB/;

/** The GPU whose nvidia-smi total this is; where two share it, the one the name fits. */
function presetFor(totalMiB: number, name: string | null): GpuPreset | null {
  const matches = GPU_PRESETS.filter((gpu) => gpu.nvidiaSmiMiB === totalMiB);
  const lower = name?.toLowerCase().replaceAll(/[\s-]/g, '') ?? '';
  const named = matches.find((gpu) =>
    lower.includes(gpu.id.split('-')[0]?.replaceAll('-', '') ?? '\u0000'),
  );
  return named ?? matches[0] ?? null;
}

/** Every GPU row of the nvidia-smi tables in the lines. */
export function nvidiaSmiGpus(lines: readonly string[]): SmiGpu[] {
  const gpus: SmiGpu[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const nameRow = NAME_ROW.exec(lines[index] ?? '');
    if (!nameRow) continue;
    const memory = MEMORY.exec(lines[index + 1] ?? '');
    if (!memory) continue;
    const name = nameRow[2]?.trim() ?? null;
    const totalMiB = Number(memory[2]);
    gpus.push({
      index: Number(nameRow[1]),
      name,
      usedMiB: Number(memory[1]),
      totalMiB,
      preset: presetFor(totalMiB, name),
    });
  }
  return gpus;
}
