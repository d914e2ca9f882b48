export interface GpuPreset {
  readonly id: string;
  readonly name: string;
  /** The vendor's label, in 10^9 bytes. */
  readonly vendorGB: number;
  /** Total memory as the runtime reports it to PyTorch and the engines, in GiB. */
  readonly memoryGiB: number;
  /** Where `memoryGiB` was read: CUDA on NVIDIA, HIP on AMD, torch_npu on Ascend. */
  readonly runtime: 'CUDA' | 'ROCm' | 'CANN';
  /** nvidia-smi's larger "Total" in MiB, where seen. */
  readonly nvidiaSmiMiB?: number;
}

/**
 * Totals as users' PyTorch out-of-memory messages print them ("GPU 0 has a total capacity of
 * 79.11 GiB"). H800's is taken to equal H100's (the same 81559 MiB in nvidia-smi). GDDR
 * data-centre cards run with ECC on, which costs them about 6% of the label.
 */
export const GPU_PRESETS: readonly GpuPreset[] = [
  {
    id: 't4',
    name: 'Tesla T4 16GB',
    vendorGB: 16,
    memoryGiB: 14.75,
    runtime: 'CUDA',
    nvidiaSmiMiB: 15360,
  },
  {
    id: 'v100-16g',
    name: 'Tesla V100 16GB',
    vendorGB: 16,
    memoryGiB: 15.78,
    runtime: 'CUDA',
    nvidiaSmiMiB: 16384,
  },
  {
    id: 'v100-32g',
    name: 'Tesla V100 32GB',
    vendorGB: 32,
    memoryGiB: 31.74,
    runtime: 'CUDA',
    nvidiaSmiMiB: 32480,
  },
  {
    id: 'a10',
    name: 'A10 24GB',
    vendorGB: 24,
    memoryGiB: 21.99,
    runtime: 'CUDA',
    nvidiaSmiMiB: 23028,
  },
  {
    id: 'l4',
    name: 'L4 24GB',
    vendorGB: 24,
    memoryGiB: 21.96,
    runtime: 'CUDA',
    nvidiaSmiMiB: 23034,
  },
  { id: 'rtx3090', name: 'GeForce RTX 3090 24GB', vendorGB: 24, memoryGiB: 23.7, runtime: 'CUDA' },
  {
    id: 'rtx4090',
    name: 'GeForce RTX 4090 24GB',
    vendorGB: 24,
    memoryGiB: 23.65,
    runtime: 'CUDA',
    nvidiaSmiMiB: 24564,
  },
  {
    id: 'a100-40g',
    name: 'A100 40GB',
    vendorGB: 40,
    memoryGiB: 39.39,
    runtime: 'CUDA',
    nvidiaSmiMiB: 40960,
  },
  {
    id: 'l20',
    name: 'L20 48GB',
    vendorGB: 48,
    memoryGiB: 44.53,
    runtime: 'CUDA',
    nvidiaSmiMiB: 46068,
  },
  {
    id: 'l40s',
    name: 'L40S 48GB',
    vendorGB: 48,
    memoryGiB: 44.39,
    runtime: 'CUDA',
    nvidiaSmiMiB: 46068,
  },
  {
    id: 'rtx-a6000',
    name: 'RTX A6000 48GB',
    vendorGB: 48,
    memoryGiB: 47.54,
    runtime: 'CUDA',
    nvidiaSmiMiB: 49140,
  },
  { id: 'ascend-910b', name: 'Ascend 910B 64GB', vendorGB: 64, memoryGiB: 60.97, runtime: 'CANN' },
  {
    id: 'a100-80g',
    name: 'A100 80GB',
    vendorGB: 80,
    memoryGiB: 79.25,
    runtime: 'CUDA',
    nvidiaSmiMiB: 81920,
  },
  {
    id: 'h100',
    name: 'H100 80GB',
    vendorGB: 80,
    memoryGiB: 79.11,
    runtime: 'CUDA',
    nvidiaSmiMiB: 81559,
  },
  {
    id: 'h800',
    name: 'H800 80GB',
    vendorGB: 80,
    memoryGiB: 79.11,
    runtime: 'CUDA',
    nvidiaSmiMiB: 81559,
  },
  {
    id: 'h20',
    name: 'H20 96GB',
    vendorGB: 96,
    memoryGiB: 95.0,
    runtime: 'CUDA',
    nvidiaSmiMiB: 97871,
  },
  {
    id: 'h200',
    name: 'H200 141GB',
    vendorGB: 141,
    memoryGiB: 139.8,
    runtime: 'CUDA',
    nvidiaSmiMiB: 143771,
  },
  {
    id: 'b200',
    name: 'B200 192GB',
    vendorGB: 192,
    memoryGiB: 178.36,
    runtime: 'CUDA',
    nvidiaSmiMiB: 183359,
  },
  {
    id: 'mi300x',
    name: 'Instinct MI300X 192GB',
    vendorGB: 192,
    memoryGiB: 191.98,
    runtime: 'ROCm',
  },
];

export function findGpu(id: string | null): GpuPreset | undefined {
  return GPU_PRESETS.find((gpu) => gpu.id === id);
}
