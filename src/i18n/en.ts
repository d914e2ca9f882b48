export const en = {
  sections: {
    hardware: 'GPUs',
    model: 'Model',
    engine: 'LMDeploy',
    workload: 'Workload',
  },
  gpu: {
    label: 'GPU',
    custom: 'Custom (set T below)',
    note: 'T is the total that {{runtime}} reports, as PyTorch shows it; nvidia-smi shows {{smi}} MiB ({{smiGiB}} GiB).',
    noteNoSmi: 'T is the total that {{runtime}} reports, as PyTorch shows it.',
  },
  model: {
    label: 'Model',
    pasted: 'Pasted: {{name}}',
    derived:
      'S and E come from the architecture: {{params}} B parameters in the checkpoint; the vocabulary of {{vocab}} is padded to {{padded}}.',
    tied: 'The checkpoint ties embedding and lm_head; TurboMind still holds both, and E counts both.',
    manual: 'Custom S and E, set by hand. The KV cache per token still follows {{name}}.',
    useDerived: 'Use the model’s own sizes',
  },
  weights: {
    label: 'Weight format',
    bf16: 'BF16 / FP16',
    fp8: 'FP8, 128 × 128 block scales',
    int8: 'INT8 W8A8, per-channel scales',
    int4: 'INT4 AWQ / GPTQ, group 128',
  },
  kvCache: {
    label: 'KV cache format',
    fp16: 'FP16 / BF16 (quant_policy 0)',
    int8: 'INT8 (quant_policy 8)',
    int4: 'INT4 (quant_policy 4)',
  },
  config: {
    open: 'Use another model: paste its config.json',
    label: 'config.json text',
    placeholder: '{ "hidden_size": 4096, "num_hidden_layers": 32, … }',
    use: 'Use this config',
    file: 'Or open a file',
    used: 'Using {{name}}.',
    problem: {
      'not-json': 'This is not JSON. Paste the whole config.json file.',
      'not-object': 'This JSON is not an object of settings.',
      'too-large': 'This is larger than {{limit}} characters; a config.json is a few KiB.',
      missing: 'The field “{{field}}” is missing.',
      invalid: '“{{field}}” must be a whole number from {{min}} to {{max}}.',
      inconsistent: '“{{field}}” does not agree with the other fields.',
    },
    kept: 'The scenario was left as it was.',
  },
  capacity: {
    heading: 'What the KV cache holds, in tokens',
    metric: 'Per GPU',
    change: 'Sharding buys',
    bytesPerToken: 'KV cache per token',
    blockSize: 'Block of 64 tokens',
    blocks: 'Blocks',
    tokens: 'Tokens that fit',
    sessions: 'Sessions of {{len}} tokens at once',
    longest: 'Longest session_len for one session',
    noFit: 'does not fit',
    architecture:
      'KV cache sized for {{name}}: {{layers}} layers, {{kvHeads}} KV heads of {{headDim}} ({{perGpu}} on each GPU).',
    contextNote: 'The session length is beyond {{name}}’s {{max}}-token context.',
    truncated:
      'LMDeploy would cut session_len to {{tokens}} at start-up: one session of {{len}} tokens does not fit.',
  },
  findings: {
    'heads-indivisible':
      '{{heads}} attention heads do not divide by P = {{P}}: LMDeploy refuses this TP degree.',
    'kv-heads-indivisible':
      '{{kvHeads}} KV heads cannot be spread evenly over P = {{P}} GPUs: LMDeploy refuses this TP degree.',
    'kv-heads-replicated':
      'Only {{kvHeads}} KV heads for {{P}} GPUs: each head is repeated on {{copies}} GPUs (LMDeploy v0.6.5 and later), so a token takes {{actual}} of KV cache per GPU instead of {{ideal}}.',
    latent:
      'Latent attention (MLA): every GPU caches the whole compressed latent, {{values}} values per token and layer. TurboMind does not serve this model; LMDeploy runs it on its PyTorch engine.',
  },
  plan: {
    heading: 'Planning {{n}} sessions of {{len}} tokens',
    smallestRatio: 'Smallest cache_max_entry_count',
    fewestGpus: 'Fewest GPUs at λ = {{lambda}}',
    unreachable: 'not reachable',
    moreThan: 'more than {{max}}',
    apply: 'Use',
  },
  app: {
    title: 'ShardScope',
    tagline:
      'What each GPU holds when LMDeploy serves a model with tensor parallelism, before and after v0.6.0.',
    units:
      'All sizes are GiB (2³⁰ bytes). Vendors’ “GB” labels are 10⁹ bytes: an “80 GB” GPU reports about 79.1 GiB to CUDA.',
    sources:
      'Rules: LMDeploy issue #2423 (KV = λ × (T − S/P)) and PR #2252, released in v0.6.0, which splits the token embedding and lm_head across GPUs.',
  },
  toolbar: {
    language: 'Language',
    theme: 'Theme',
    themeSystem: 'System',
    themeLight: 'Light',
    themeDark: 'Dark',
    copyLink: 'Copy link',
    copied: 'Link copied',
    copyFailed: 'Could not copy; the link is in the address bar',
  },
  notice: {
    title: 'Part of this link could not be used',
    body: 'These values were ignored and defaults used instead:',
    dismiss: 'Dismiss',
    reason: {
      'not-a-number': 'not a number',
      'out-of-range': 'outside the allowed range',
      'not-an-integer': 'must be a whole number',
      'too-long': 'too long',
      duplicate: 'repeated; the first value was used',
      'unknown-key': 'unknown setting',
      'exceeds-model': 'larger than the model (S)',
      'unknown-option': 'not one of the choices',
      'bad-config': 'not a usable model configuration',
    },
  },
  inputs: {
    heading: 'Scenario',
    range: 'Range {{min}}–{{max}}',
    rangeUnit: 'Range {{min}}–{{max}} {{unit}}',
    invalid: 'Enter a number from {{min}} to {{max}}',
    invalidInteger: 'Enter a whole number from {{min}} to {{max}}',
    sliderLabel: '{{name}} slider',
    fieldLabel: '{{name}} value',
    T: {
      name: 'GPU memory',
      help: 'Total memory of one GPU as CUDA reports it. An “80 GB” H100 reports about 79.1 GiB.',
    },
    S: {
      name: 'Model weights',
      help: 'All weights of the model, summed over every GPU. A 70B model in bf16 is 140 GB, about 130 GiB.',
    },
    E: {
      name: 'Vocabulary layers',
      help: 'Token embedding plus lm_head, vocab × hidden × bytes each. TurboMind keeps both buffers even when the checkpoint ties them. Part of S.',
    },
    lambda: {
      name: 'cache_max_entry_count',
      help: 'The share of free memory LMDeploy gives the KV cache once the weights are loaded (--cache-max-entry-count, default 0.8).',
    },
    P: {
      name: 'TP degree',
      help: 'How many GPUs the model is split over (--tp). The slider reaches 16; type up to 64.',
    },
    O: {
      name: 'Runtime overhead',
      help: 'Per-GPU memory outside the weights: CUDA context, NCCL buffers, workspaces. 0 gives the documented formula; real servers use roughly 1–3 GiB.',
    },
    len: {
      name: 'Session length',
      help: 'session_len: the tokens one conversation may hold, prompt and reply together (--session-len).',
    },
    n: {
      name: 'Concurrent sessions',
      help: 'How many sessions of that length you want served at once; used for the planning figures.',
    },
  },
  variant: {
    pre: {
      title: 'Before v0.6.0',
      subtitle: 'Token embedding and lm_head copied whole on every GPU',
    },
    post: {
      title: 'v0.6.0 and later',
      subtitle: 'Every layer split over the P GPUs',
    },
  },
  segment: {
    weights: 'Sharded weights',
    vocab: 'Vocabulary layers',
    overhead: 'Runtime overhead',
    kv: 'KV cache',
    headroom: 'Headroom',
  },
  chart: {
    axis: 'GiB per GPU',
    legend: 'Legend',
    gpu: 'GPU {{rank}}',
    gpuLimit: 'T = {{value}} GiB',
    vocabReplicated: 'full copy on each GPU',
    vocabSharded: '1/{{P}} slice on each GPU',
    description:
      '{{title}}: {{P}} GPUs, each with {{weights}} GiB sharded weights, {{vocab}} GiB vocabulary layers, {{overhead}} GiB overhead, {{kv}} GiB KV cache and {{headroom}} GiB headroom.',
    descriptionOom:
      '{{title}}: {{P}} GPUs; the weights and overhead need {{need}} GiB per GPU, more than the {{T}} GiB available.',
    oomTitle: 'Out of memory',
    oomBody:
      'Weights and overhead need {{need}} GiB per GPU, {{over}} GiB more than T. The engine would fail to load; there is no KV cache.',
    weightsPerGpu: 'Weights per GPU',
    kvPerGpu: 'KV cache per GPU',
    usedPerGpu: 'Used per GPU',
  },
  table: {
    caption: 'Per-GPU memory in GiB, {{title}}',
    segment: 'Segment',
    total: 'Total',
    show: 'Numbers',
  },
  summary: {
    heading: 'What sharding the vocabulary layers changes',
    freed: 'Freed on each GPU',
    freedFormula: 'E × (P − 1) / P',
    extraKv: 'Extra KV cache on each GPU',
    extraKvFormula: 'λ × freed',
    extraKvNoPre: 'the old layout did not fit at all',
    duplicated: 'Duplicated across the TP group before v0.6.0',
    duplicatedFormula: '(P − 1) × E',
    formulaHeading: 'KV cache per GPU, with the current numbers',
    doesNotFit: 'does not fit',
    usedHeading: 'Why used memory hardly moves with P',
    usedBody:
      'Each GPU ends up using W + O + λ(T − O − W) = λT + (1 − λ)(W + O). With λ = {{lambda}}, {{lambdaPercent}} of the GPU is taken whatever the TP degree; only the remaining {{restPercent}} follows the weights.',
    usedAtOne: 'At P = 1 each GPU would use {{used}} GiB.',
    usedAtOneOom: 'At P = 1 the model would not fit on one GPU.',
    usedAtP: 'At P = {{P}} (v0.6.0 and later) each GPU uses {{used}} GiB.',
  },
  error: {
    title: 'This view failed to draw',
    body: 'The inputs still work; change one to try again.',
  },
};

export type Messages = typeof en;
