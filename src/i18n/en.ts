export const en = {
  answer: {
    heading: 'The answer for this scenario',
    verdict: {
      fits: 'runs',
      tight: 'tight',
      refused: 'refused',
      oom: 'out of memory',
    },
    sessions: 'sessions of {{len}} tokens at once',
    tokens: '{{tokens}} tokens in the cache, the TP group’s',
    perGpu: 'KV {{kv}}, headroom {{headroom}} per GPU',
    tight: 'Headroom {{headroom}} is less than the {{need}} NCCL takes once it runs: lower λ.',
    refused: 'This version refuses the scenario: see its chart for why and the P it serves.',
    oom: 'Does not fit: see its chart for how much more it needs and the P where it fits.',
    safeRatio:
      'Largest safe λ: {{ratio}}, leaving the {{need}} it needs at run time: {{sessions}} sessions.',
    safeRatioFormula:
      'Largest λ: {{ratio}}, {{sessions}} sessions; the formula counts nothing the engine needs at run time, Realistic does.',
    safeRatioShort: 'Safe λ ≤ {{ratio}}: {{sessions}} sessions',
    useRatioFor: 'Use λ = {{ratio}} ({{title}})',
    copy: 'Copy command',
    manualSizes:
      'S = {{S}} GiB and E = {{E}} GiB are set by hand: every figure here, the comparison’s too, uses them rather than the model’s own sizes.',
    toInputs: 'Change the inputs ↓',
    copyFor: 'Copy command: {{title}}',
  },
  lessons: {
    heading: 'Guided scenarios',
    intro: 'One click sets up a case and shows what to look at.',
    close: 'Close lesson',
    lookAt: 'Look at',
    documented: {
      title: 'The documented formula, worked',
      body: 'The formula from LMDeploy issue #2423 on round numbers: GPUs of 80 GiB, 140 GiB of weights of which 2 GiB are the embedding and lm_head, P = 4, λ = 0.8, no overhead. From v0.6.0 each GPU holds 140 / 4 = 35 GiB and caches 0.8 × (80 − 35) = 36 GiB; before it, each holds 138 / 4 + 2 = 36.5 GiB and caches 0.8 × 43.5 = 34.8 GiB.',
      look: 'the KV cache per GPU under each chart',
    },
    seed: {
      title: 'Same memory at TP = 1 and TP = 2',
      body: 'Qwen2.5-7B on 24 GB A10s: each GPU uses about 20 GiB whether the model runs on one GPU or two. LMDeploy gives the KV cache λ = 0.8 of whatever is free, so splitting the weights mostly buys more cache, not emptier GPUs.',
      look: 'the “Used per GPU” figures and the sweep over P',
    },
    'large-vocab': {
      title: 'A large vocabulary at TP = 8',
      body: 'Qwen2.5-72B has a 152k-token vocabulary: embedding and lm_head take 4.6 GiB. Before v0.6.0 every one of the 8 GPUs held all of it, 32 GiB of copies in total; from v0.6.0 each holds an eighth, and the freed memory becomes KV cache.',
      look: 'the hatched segment before v0.6.0 and the extra tokens',
    },
    'total-vs-free': {
      title: 'λ of total memory vs of free memory',
      body: 'LMDeploy v0.2.0–v0.2.1 read cache_max_entry_count as a share of total GPU memory; from v0.2.2 it is a share of the memory left after the weights load. The same λ = 0.5 gives a very different cache.',
      look: 'the two charts: v0.2.0–v0.2.1 on the left, v0.2.2 on the right',
    },
    'few-kv-heads': {
      title: 'Fewer KV heads than GPUs',
      body: 'GLM-4-9B has only 2 KV heads. Spread over 8 GPUs, each head is repeated on 4 of them, so every GPU stores a whole head per token: the KV cache holds 4 × fewer tokens per GiB than an even split would.',
      look: 'the note above the token table',
    },
    'does-not-fit': {
      title: 'Weights that do not fit',
      body: 'Llama-3.1-70B in BF16 needs about 131 GiB of weights; two 24 GB cards hold 47 GiB. Both layouts run out of memory before any KV cache exists. Try more GPUs, or INT4 weights.',
      look: 'the out-of-memory notice and the bars above the T line',
    },
    quantized: {
      title: 'Quantized weights and KV cache',
      body: 'Qwen2.5-72B with INT4 AWQ weights and an INT8 KV cache fits on two 48 GB L40S. The embedding and lm_head stay 16-bit, so the vocabulary layers weigh more here, relatively, and sharding them matters more.',
      look: 'the weights per GPU and the tokens that fit',
    },
    'vision-gpu0': {
      title: 'A vision encoder on GPU 0',
      body: 'InternVL3-78B’s vision encoder, InternViT-6B with its projector, is 10.6 GiB in 16 bits. Up to v0.4.1 LMDeploy loaded it whole on GPU 0 before sizing the KV cache. Every GPU sizes its cache from the fullest one, so all four caches shrink and GPUs 1–3 leave 10.6 GiB unused. From v0.5.1 it is spread over the TP group, about 2.7 GiB on each GPU.',
      look: 'the pink segment on GPU 0 and the unused memory above the others',
    },
    'moe-ep': {
      title: 'An MoE model with expert parallelism',
      body: 'DeepSeek-V3 has 256 routed experts in each of 58 layers. Served as LMDeploy’s PR #3414 does, --dp 16 --ep 16 over two nodes of eight H200, each GPU holds 16 whole experts (38 GiB in FP8) but a whole copy of the attention, the dense layers and the shared expert, and runs a replica of its own with its own KV cache. TurboMind refuses --ep across nodes.',
      look: 'the PyTorch engine’s weights per GPU and the 16 replicas’ sessions',
    },
  },
  explain: {
    open: 'Explain this scenario step by step',
    weights: 'Weights on each GPU',
    weightsShared:
      'W = (S − E)/P + E = {{value}} GiB: the layers are split, the vocabulary layers copied whole',
    weightsSplit: 'W = S/P = {{value}} GiB: everything split',
    free: 'Free memory after loading',
    freeLine: 'F = T − X − O − W = {{value}} GiB on the fullest GPU',
    kv: 'KV cache',
    kvLine: '{{formula}} = {{value}} GiB, {{tokens}} tokens',
    headroom: 'Headroom',
    headroomLine: '{{value}} GiB left for activations and buffers',
    total: 'λ of total memory (v0.1–v0.2.1)',
    totalBody:
      'Had λ been a share of total memory, the cache would be λ × T = {{value}} GiB; with the weights, each GPU would need {{need}} GiB of its {{T}} GiB.',
    why: 'Why sharding the vocabulary layers gives more KV cache',
    whyBody:
      'Sharding removes {{freed}} GiB of copies from each GPU. That memory is free after loading, and λ of it, {{extra}} GiB, goes to the KV cache on every GPU.',
    doesNotFit: 'does not fit',
  },
  glossary: {
    heading: 'Glossary',
    tp: {
      term: 'Tensor parallelism (TP)',
      definition:
        'Splitting each layer’s weight matrices across P GPUs that compute together on every token.',
    },
    shard: {
      term: 'Shard',
      definition:
        'The slice of a weight matrix that one GPU holds; with TP, each GPU holds 1/P of every split layer.',
    },
    replicated: {
      term: 'Replicated layer',
      definition:
        'A layer stored whole on every GPU instead of split; it costs its full size P times.',
    },
    vocab: {
      term: 'Vocabulary layers',
      definition:
        'The token embedding (token ids to vectors) and the lm_head (vectors to token scores): vocabulary × hidden size each.',
    },
    kv: {
      term: 'KV cache',
      definition:
        'The keys and values of past tokens, kept so each new token attends to them without recomputing.',
    },
    block: {
      term: 'Block',
      definition:
        'TurboMind allocates the KV cache in blocks of 64 tokens; a session takes whole blocks.',
    },
    cmec: {
      term: 'cache_max_entry_count (λ)',
      definition: 'The share of free GPU memory LMDeploy gives the KV cache, 0.8 by default.',
    },
    min: {
      term: 'The fullest GPU decides',
      definition:
        'Every GPU in a TP group measures its free memory and the group takes the smallest, so all get the same KV cache; memory the other GPUs have beyond that stays unused.',
    },
  },
  sweep: {
    heading: 'The same model at P = 1, 2, 4, 8, 16',
    caption:
      'The fullest GPU at each TP degree: the left bar of each pair is {{left}} (paler), the right one {{right}}. The dashed line is T.',
    kvColumn: 'KV cache per GPU, GiB (left / right)',
    usedColumn: 'Used per GPU, GiB (left / right)',
    tableLabel: 'KV cache and used memory per GPU at each TP degree',
    chartLabel:
      'Bar chart: for each TP degree, weights, KV cache and runtime memory on the fullest GPU, both charts side by side',
    note: '— : the version refuses that P or the model does not fit.',
    part: {
      model: 'Weights',
      kv: 'KV cache',
      runtime: 'Overhead and runtime buffers',
    },
  },
  export: {
    heading: 'Export',
    csv: 'Numbers (CSV)',
    json: 'Scenario and results (JSON)',
    png: 'Charts (PNG)',
    print: 'Print',
  },
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
    short: {
      bf16: 'BF16',
      fp8: 'FP8',
      int8: 'INT8 W8A8',
      int4: 'INT4 AWQ or GPTQ',
    },
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
      'not-modelled':
        'The page does not size {{family}} yet: not every layer is attention and an MLP, so any figure would be wrong.',
      'encoder-only':
        'This is the config of an encoder alone ({{modelType}}), not of a language model. Paste the whole model’s config.json.',
    },
    usedFormat: 'Its checkpoint is stored as {{format}}; the weight format is set to it.',
    unquantized: 'It keeps {{roles}} in 16 bits, and so does the page.',
    roles: {
      attention: 'attention',
      'dense-mlp': 'the dense MLP',
      experts: 'the experts',
      'shared-experts': 'the shared experts',
    },
    note: {
      'unknown-quantization':
        'Its quantization ({{method}}) is not one the page sizes: the weights are sized as BF16.',
      'encoder-not-counted':
        'It has an encoder the page cannot count from this config; the sizes here are the language model’s alone.',
      'vision-counted':
        'Its vision encoder, {{billions}} billion parameters, is counted in 16 bits apart from the language model, on the GPUs the release line puts it on.',
      'vision-estimated':
        'Its vision encoder is estimated at {{billions}} billion parameters as a plain ViT with a two-layer projector, counted in 16 bits apart from the language model.',
    },
    kept: 'The scenario was left as it was.',
  },
  capacity: {
    heading: 'What the KV cache holds, in tokens',
    tableLabel: 'Tokens per GPU, table',
    metric: 'Figure',
    change: 'Sharding buys',
    changeGeneric: 'Right − left',
    bytesPerToken: 'KV cache per token, on each GPU',
    blockSize: 'Block on each GPU (tokens in it)',
    blocks: 'Blocks, on each GPU',
    tokens: 'Tokens the TP group holds',
    sessions: 'Sessions of {{len}} tokens at once',
    longest: 'Longest session_len for one session',
    noFit: 'does not fit',
    architecture:
      'KV cache sized for {{name}}: {{layers}} layers, {{kvHeads}} KV heads of {{headDim}} ({{perGpu}} on each GPU).',
    architectureLatent:
      'KV cache sized for {{name}}: {{layers}} layers, one compressed latent of {{values}} values per token and layer, whole on every GPU.',
    slidingWindow:
      '{{layers}} of its {{total}} layers attend within {{window}} tokens. LMDeploy keeps every token in every layer, as sized here; an engine that allocates by layer type, such as vLLM’s hybrid KV cache manager, keeps only the window in those layers and so holds more tokens.',
    contextNote: 'The session length is beyond {{name}}’s {{max}}-token context.',
    truncated:
      'LMDeploy would cut session_len to {{tokens}} at start-up: one session of {{len}} tokens does not fit.',
  },
  findings: {
    'heads-indivisible':
      '{{heads}} attention heads do not divide by P = {{P}}: LMDeploy refuses this TP degree.',
    'kv-heads-indivisible':
      '{{kvHeads}} KV heads cannot be spread evenly over P = {{P}} GPUs: LMDeploy refuses this TP degree.',
    'weight-format':
      'No release in this line loads weights stored as {{format}}: pick another release line or weight format.',
    vision:
      'This line serves no vision-language model: LMDeploy loads vision encoders from v0.2.6.',
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
    safeRatio: 'Largest safe cache_max_entry_count',
    safeNeed: 'leaves {{need}} for run time; {{sessions}} sessions',
    noSafeRatio: 'none leaves enough',
    unsafe:
      'This λ leaves less than the {{need}} the engine takes at run time: it may run out of memory once it serves.',
    useFor: 'Use {{value}} ({{what}}, {{title}})',
    curveHeading: 'Sessions of {{len}} tokens against λ',
    curveLabel:
      'Line chart: sessions at once against cache_max_entry_count for both charts, the unsafe λ shaded',
    curveNote:
      'Shaded: λ that leaves less than the engine needs at run time. Dashed: the λ chosen.',
  },
  app: {
    updateReady: 'A new version of ShardScope is ready.',
    updateReload: 'Reload',
    skipToResults: 'Skip to the results',
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
    languageFailed: '{{language}} could not be loaded; check the connection and pick it again',
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
      conflict: 'contradicts another setting in the link, which was used',
    },
  },
  inputs: {
    default: 'default',
    heading: 'Scenario',
    range: 'Range {{min}}–{{max}}',
    rangeUnit: 'Range {{min}}–{{max}} {{unit}}',
    invalid: 'Enter a number from {{min}} to {{max}}',
    invalidInteger: 'Enter a whole number from {{min}} to {{max}}',
    sliderLabel: '{{name}} slider',
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
      help: 'The share of memory LMDeploy gives the KV cache (--cache-max-entry-count, default 0.8): of free memory from v0.2.2, of total before. Type a whole number ≥ 1 for a block count (up to v0.14) or, in v0.0.x, a number of sessions.',
    },
    P: {
      name: 'TP degree',
      help: 'How many GPUs the model is split over (--tp; LMDeploy’s default is 1). The slider reaches 16; type up to 64.',
    },
    ctx: {
      name: 'CUDA context',
      help: 'Memory each process takes before loading anything: about 0.3 GiB since CUDA 11.7 loads kernels lazily, over 1 GiB before (pytorch#107667).',
    },
    nccl: {
      name: 'NCCL buffers',
      help: 'What NCCL holds when the KV cache is sized, only when P > 1. A TurboMind log on 4 × V100 implies about 0.06 GiB; after the first all-reduce NCCL grows to 0.5–0.7 GiB (nccl#964), and NVLS on H100/H200 adds about 0.3 GiB per GPU (vllm#9699).',
    },
    buf: {
      name: 'TurboMind runtime buffers',
      help: 'Allocated after the KV cache, out of what λ leaves: 20 bytes × max_batch_size × session_len, logits over the vocabulary, one prefill’s activations (LlamaBatch.cc, v0.10.0). 0 uses that estimate.',
    },
    cal: {
      name: 'From a start-up log',
      help: 'Memory a start-up log shows taken before the cache was sized, beyond the weights and the terms above; set by calibrating to a log. Negative when those terms count more than the log shows.',
    },
    prefill: {
      name: 'max_prefill_token_num',
      help: 'PyTorch engine only: the tokens one prefill step may hold; R grows with it. 0 uses the version’s default.',
    },
    batch: {
      name: 'max_batch_size',
      help: '0 uses LMDeploy’s default for the GPU: 1024 on H100/H200/H800, 384 on A100, 128 elsewhere. Sizes TurboMind’s buffers and the PyTorch engine’s reserve.',
    },
    dp: {
      name: 'Data parallel (--dp)',
      help: 'Replicas of the attention, each with its own KV cache and its own requests. Both engines take it from v0.8; the page models TurboMind’s layouts from v0.15 and the PyTorch engine’s from v0.11.',
    },
    ep: {
      name: 'Expert parallel (--ep)',
      help: 'GPUs the routed experts are dealt out over. TurboMind takes it from v0.15 on one node only; the PyTorch engine from v0.8.',
    },
    cp: {
      name: 'Context parallel (--cp)',
      help: 'GPUs a sequence’s tokens are spread over, each holding its share of the KV cache. TurboMind only, from v0.11.',
    },
    nodes: {
      name: 'Nodes (--nnodes)',
      help: 'Machines the GPUs are spread over, the same number on each.',
    },
    vllm: {
      name: 'vLLM gpu_memory_utilization',
      help: '0 uses vLLM’s default, 0.92 (0.9 before v0.21).',
    },
    sglang: {
      name: 'SGLang mem_fraction_static',
      help: '0 uses SGLang’s own choice from the GPU’s memory and P.',
    },
    trtllm: {
      name: 'TensorRT-LLM free_gpu_memory_fraction',
      help: '0 uses the default, 0.9.',
    },
    tgi: {
      name: 'TGI cuda_memory_fraction',
      help: '0 uses the default, 1.0.',
    },
    vllmCal: {
      name: 'vLLM: from its log',
      help: "Memory vLLM's own start-up log shows it did not have, beyond its rule here; set by calibrating to that log. Taken off its KV cache.",
    },
    sglangCal: {
      name: 'SGLang: from its log',
      help: "Memory SGLang's own start-up log shows it did not have, beyond its rule here; set by calibrating to that log. Taken off its KV cache.",
    },
    trtllmCal: {
      name: 'TensorRT-LLM: from its log',
      help: "Memory TensorRT-LLM's own start-up log shows it did not have, beyond its rule here; set by calibrating to that log. Taken off its KV cache.",
    },
    tgiCal: {
      name: 'TGI: from its log',
      help: "Memory TGI's own start-up log shows it did not have, beyond its rule here; set by calibrating to that log. Taken off its KV cache.",
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
  version: {
    tm000: {
      title: 'TurboMind v0.0.x',
      rule: 'cache_max_entry_count counts whole sessions: the cache holds λ entries of session_len tokens each (default 48). Embedding and lm_head are copied on every GPU.',
    },
    tm010: {
      title: 'TurboMind v0.1.x',
      rule: 'KV = λ × T, a share of TOTAL memory (default 0.5), in 128-token blocks; λ ≥ 1 is a block count. Blocks are allocated as sessions need them, so a cache larger than the free memory starts and fails later. Embedding and lm_head are copied on every GPU.',
    },
    tm020: {
      title: 'TurboMind v0.2.0 – v0.2.1',
      rule: 'KV = λ × T, a share of TOTAL memory (default 0.5), all allocated at start-up in 128-token blocks; λ ≥ 1 is a block count. Embedding and lm_head are copied on every GPU.',
    },
    tm022: {
      title: 'TurboMind v0.2.2 – v0.2.6',
      rule: 'KV = λ × F, a share of the memory free once the weights are loaded, the fullest GPU deciding (default 0.8), still in 128-token blocks; λ ≥ 1 is a block count. Embedding and lm_head are copied whole on every GPU.',
    },
    tm030: {
      title: 'TurboMind v0.3.0 – v0.4.0',
      rule: 'KV = λ × F in 64-token blocks (PR #1218); λ ≥ 1 is a block count. Embedding and lm_head are copied whole on every GPU.',
    },
    tm041: {
      title: 'TurboMind v0.4.1 – v0.5.3',
      rule: 'KV = λ × F in 64-token blocks; λ must be below 1 (PR #1525). Embedding and lm_head are copied whole on every GPU.',
    },
    tm060: {
      title: 'TurboMind v0.6.0 – v0.6.4',
      rule: 'KV = λ × F, but embedding and lm_head are split over the P GPUs (PR #2252). λ must be below 1. KV heads must divide by P: fewer KV heads than GPUs is refused.',
    },
    tm065: {
      title: 'TurboMind v0.6.5 – v0.7.3',
      rule: 'KV = λ × F with everything split; fewer KV heads than GPUs are repeated when P is a multiple of them (PR #2874). λ must be below 1.',
    },
    tm080: {
      title: 'TurboMind v0.8.0 – v0.9.2',
      rule: 'KV = λ × F with everything split; the log prints the block size to three decimals (PR #3229). λ must be below 1.',
    },
    tm100: {
      title: 'TurboMind v0.10 – v0.11',
      rule: 'KV = λ × F with everything split; λ ≥ 1 is a block count again (PR #3913); max_batch_size defaults rise to 384 on A100 and 1024 on H100/H200.',
    },
    tm120: {
      title: 'TurboMind v0.12 – v0.14',
      rule: 'KV = λ × (F − B): the runtime buffers B are allocated before free memory is measured (PR #4223); λ ≥ 1 is a block count. The log adds “max cached tokens”.',
    },
    tm150: {
      title: 'TurboMind v0.15 and later',
      rule: 'KV = λ × F with every layer split; λ must be below 1, a block count is refused (PR #4717).',
    },
    pt060: {
      title: 'PyTorch engine v0.6.0 – v0.6.4',
      rule: 'KV = λ × (F − R), R = max_prefill_token_num × V × 7 bytes (8192 tokens from lmdeploy serve), halved until 16 blocks fit. KV heads must divide by P. Embedding and lm_head are copied on every GPU.',
    },
    pt065: {
      title: 'PyTorch engine v0.6.5 – v0.9.1',
      rule: 'KV = λ × (F − R), R = max_prefill_token_num × V × 7 bytes, halved until 16 blocks fit; fewer KV heads than GPUs are repeated (PR #2872). Embedding and lm_head are copied on every GPU.',
    },
    pt092: {
      title: 'PyTorch engine v0.9.2',
      rule: 'KV = λ × (F − R), R = (max_prefill_token_num + 2 × max_batch_size) × V × 2 bytes (PR #3745). Embedding and lm_head are copied on every GPU.',
    },
    pt100: {
      title: 'PyTorch engine v0.10 and later',
      rule: 'KV = λ × (F − R), R = (max_prefill_token_num + 2 × max_batch_size) × V × 2 bytes, with max_batch_size 384 on A100 and 1024 on H100/H200 by default. Embedding and lm_head are copied on every GPU.',
    },
    source: 'Source',
    left: 'Left chart',
    right: 'Right chart',
  },
  log: {
    open: 'Hold the page against your own start-up log',
    intro:
      'Paste what LMDeploy, vLLM or SGLang printed at start-up (run LMDeploy with --log-level INFO), or open the file. The page sets every input the log fixes and shows its figures beside the page’s, line by line.',
    privacy:
      'The log stays in this tab: it is never put in the link or sent anywhere. Only the inputs it fixes are.',
    label: 'Start-up log',
    placeholder:
      '[TM][INFO] [BlockManager] block_size = 9.000 MB\n[TM][INFO] [BlockManager] max_block_count = 863\n…',
    read: 'Read this log',
    file: 'Or open a file',
    clear: 'Forget the log',
    engine: {
      turbomind: 'An LMDeploy TurboMind log, {{ranks}} rank(s)',
      pytorch: 'An LMDeploy PyTorch engine log, {{ranks}} rank(s)',
      vllm: 'A vLLM log',
      sglang: 'An SGLang log, {{ranks}} rank(s)',
    },
    sentenceBreak: '. ',
    fits: 'Its line formats fit {{versions}}; the right chart now shows {{version}}.',
    set: 'Set from the log',
    nothingSet: 'The log fixes none of the inputs; they were left as they were.',
    change: {
      version: 'release line: {{value}}',
      tp: 'P = {{value}}',
      cacheRatio: 'λ = {{value}}',
      sessionLength: 'session_len = {{value}}',
      kvFormat: 'KV cache: {{value}}',
      maxBatch: 'max_batch_size = {{value}}',
      prefill: 'max_prefill_token_num = {{value}}',
      weightFormat: 'weights: {{value}}',
      gpu: 'GPU: {{value}}',
      gpuMemory: 'T = {{value}} GiB (from nvidia-smi’s total)',
      engineKnob: 'its memory knob = {{value}}',
      model: 'model: {{value}}',
    },
    figure: 'Figure',
    logged: 'The log',
    page: 'The page',
    difference: 'Difference',
    rows: {
      blockSize: 'Block size',
      blocks: 'Blocks (max_block_count)',
      budget: 'Cache budget',
      free: 'Free when the cache was sized',
      overhead: 'Taken before the cache besides the weights (O)',
      truncated: 'session_len cut to',
    },
    exact: 'exact',
    fitsShapes:
      'The logged block size is not this model’s. It fits: {{shapes}}. Pick the model or format that matches; nothing was changed.',
    shape:
      '{{layers}} layers × {{heads}} KV heads per GPU × head size {{headDim}}, {{format}}, {{tokens}}-token blocks',
    unexplained: 'unexplained: {{value}}',
    withinBlock: 'a block count fixes it to one block',
    calibrate: 'Calibrate: count the unexplained memory as overhead',
    calibrated:
      'The page reproduces the logged count. Every what-if from here (λ, session length, KV format, release line, sessions) starts from your machine.',
    notYet: 'Not calibrated: the page’s overhead leaves {{value}} GiB unexplained.',
    blockCount: 'λ ≥ 1 is a block count: the log says nothing of free memory.',
    blocksFromTokens:
      'The log prints no max_block_count; its {{tokens}} tokens (max cached tokens, or the length session_len was cut to) are {{blocks}} blocks of {{blockTokens}} tokens.',
    peer: {
      row: 'Its row in the comparison',
      noRow: 'The comparison has no row for this engine at these inputs.',
      bytesPerToken: 'KV cache per token and GPU',
      tokens: 'Tokens the cache holds',
      kv: 'KV cache per GPU',
      calibrated:
        'The comparison’s row for this engine now reproduces the logged cache; open the comparison to change its inputs.',
    },
    problem: {
      empty: 'There is nothing to read.',
      'too-large':
        'This is more than {{limit}} characters; a start-up log is far smaller. Paste the lines from the start to the cache lines.',
      'unknown-engine':
        'None of the lines is one LMDeploy, vLLM or SGLang prints about its cache. Nothing was changed.',
      'no-cache-lines':
        'The engine config is there, but none of the cache lines: LMDeploy prints them with --log-level INFO. Nothing was changed.',
      cut: 'This line stops before its number: “{{line}}”. Paste it whole. Nothing was changed.',
      'ranks-disagree':
        'The ranks printed different {{what}} ({{values}}): are these two runs? Paste one. Nothing was changed.',
      'mixed-versions':
        'Its lines come from releases that exclude each other: is this more than one run? Nothing was changed.',
      'shape-unexplained':
        'No layout from the model’s layers, KV heads, head size and cache formats gives the logged block size: is the model right? Nothing was changed.',
      'not-lmdeploy': 'This log is not LMDeploy’s.',
      'no-version': 'The log fits no release line the page knows.',
      'no-block-count': 'The log has a block size but no block count.',
    },
  },
  startup: {
    heading: 'Start it, and check the log',
    intro:
      'The command for this scenario, and the lines LMDeploy should print about its KV cache at start-up.',
    command: 'Command',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Copy failed; select the text instead',
    logs: 'Expected log lines',
    noLogs: 'This version prints no KV cache figures at start-up.',
    debugOnly: 'printed only with --log-level DEBUG',
    releases: 'in {{releases}}',
    unusable: 'Nothing to start: this version cannot serve the scenario.',
    checkpoint: {
      since: 'This line loads these weights from v{{since}} on.',
      online:
        'No FP8 checkpoint that LMDeploy reads is published for this model: --model-format fp8 quantizes the 16-bit weights as they load (the PyTorch engine needs compute capability 9.0, H100 or newer).',
      made: 'No {{format}} checkpoint of this model is published: the first line makes one with lmdeploy lite.',
      unpublished:
        'No {{format}} checkpoint of this model in a form LMDeploy reads is known: the path is a placeholder for one.',
      cannot: 'No release in this line loads {{format}} weights, so there is no command.',
    },
  },
  compare: {
    open: 'Compare with vLLM, SGLang, TensorRT-LLM and TGI',
    heading: 'The same model, GPUs and P under each engine',
    intro:
      'Per-GPU KV cache under each engine’s own rule and default, with the overhead chosen above. Activations are an estimate of the largest forward pass; the engines measure theirs.',
    weights: 'Weights per GPU',
    activations: 'Activation peak',
    kv: 'KV cache per GPU',
    tokens: 'Tokens',
    default: 'default',
    auto: 'chosen by SGLang',
    knobs: 'Each engine’s knob, at its default until set',
    chartRow: {
      pre: 'LMDeploy {{version}} (left chart)',
      post: 'LMDeploy {{version}} (right chart)',
    },
    chartAxis: {
      pre: 'LMDeploy, left chart',
      post: 'LMDeploy, right chart',
    },
    sessionsShort_one: '{{sessions}} session',
    sessionsShort_other: '{{sessions}} sessions',
    chartLabel:
      'Bar chart: KV cache per GPU under each engine, labelled with the sessions of the chosen length it holds',
    versusRight: 'Beside the right chart: {{kv}} of KV cache per GPU, {{sessions}} sessions.',
    manualSizes:
      'S and E are set by hand: every engine here sizes the weights from them, not from the model.',
    copyFor: 'Copy the command for {{engine}}',
    commandFor: 'Command for {{engine}}',
    rules: {
      turbomind:
        'λ of the memory free after the weights load, on the fullest GPU; embedding and lm_head split over P.',
      pytorch:
        'λ of the free memory less a reserve R for logits; embedding and lm_head whole on every GPU.',
      vllm: 'A share u of TOTAL memory, less the weights and the profiled activation peak; the CUDA context and NCCL, in use before it measures, come out of the rest. Refuses to start if u × T is not free. From v0.21 it also sets aside an estimate of its CUDA graphs, not counted here: calibrate to a vLLM log to count it.',
      sglang:
        'A share f of the memory free BEFORE the weights load, less the weights; f is chosen from the GPU’s memory and P unless set.',
      trtllm: 'A share f of the memory still free after weights and the profiled activations.',
      tgi: 'Everything free after a warm-up pass, less (1 − 0.9 × fraction) of TOTAL memory; lm_head split only when V divides by P.',
    },
    problem: {
      heads: 'refuses this P: heads do not divide',
      vocab: 'refuses this P: the padded vocabulary does not divide',
      'kv-format': 'no 4-bit KV cache',
      'weight-format': 'cannot load these weights',
      vision: 'no vision-language models',
      latent: 'no latent attention (MLA)',
      weights: 'does not fit',
      startup: 'refuses to start: u × T is more than is free',
    },
  },
  overheadModel: {
    label: 'Overhead',
    formula: 'Formula: none',
    realistic: 'Realistic',
    formulaNote:
      'The documented formula counts no overhead. Switch to “Realistic” to add a CUDA context, NCCL buffers and runtime buffers.',
    realisticNote:
      'The context and NCCL buffers exist before the KV cache is sized and shrink F; TurboMind’s runtime buffers come after it, out of what λ leaves.',
  },
  used: {
    label: 'Memory already used per GPU (GiB)',
    help: 'Other processes or a display, GPU 0 first, separated by commas, e.g. “0, 2.5”. The KV cache is sized by the fullest GPU.',
    placeholder: '0, 0, 0, 0',
    invalid: 'Enter numbers from 0 to {{max}}, separated by commas.',
    wasted:
      'Every GPU gets the KV cache the fullest one allows: {{wasted}} GiB stays unused on the others in total.',
  },
  problem: {
    weights:
      'Weights and overhead need {{need}} GiB on the fullest GPU, {{over}} GiB more than it has. The engine fails to load; there is no KV cache.',
    ratioEntries:
      'This version reads cache_max_entry_count as a whole number of sessions (default 48); {{lambda}} allocates nothing.',
    ratioShare:
      'This version accepts cache_max_entry_count only below 1; {{lambda}} is refused at start-up.',
    cache:
      'The KV cache asked for, {{kv}} GiB, is more than the {{free}} GiB free after the weights: the allocation fails at start-up.',
    overcommitted:
      'The log will say {{logged}} blocks, but only {{usable}} fit beside the weights: blocks are handed out as sessions need them, and the engine runs out of memory past that.',
    cacheFew:
      'Fewer than 16 blocks fit even after halving max_prefill_token_num: the engine refuses to start.',
    buffers:
      'After the KV cache only {{left}} GiB remain for {{buffers}} GiB of runtime buffers: the engine starts, then runs out of memory on its first batch. Lower λ.',
  },
  layout: {
    open: 'Beyond plain TP: data, expert and context parallelism, nodes',
    intro:
      'The charts draw plain TP over --tp {{tp}} GPUs. Here --dp, --ep, --cp and --nnodes spread the model further; each release line derives its own layout from them, as its source does.',
    plain:
      'With --dp, --ep, --cp and --nnodes at 1 this is plain TP, which the charts above draw. Raise one to see what each GPU holds under TurboMind from v0.15 or the PyTorch engine from v0.11.',
    unavailable: 'No release of this line takes --dp, --ep, --cp or --nnodes.',
    notModelled:
      'This line takes --dp from {{since}}, by rules the page does not model. Pick TurboMind v0.15 and later, or the PyTorch engine v0.10 and later, for a chart.',
    shape: {
      gpus: '{{devices}} GPUs, {{perNode}} per node',
      attention:
        'Attention: TP {{attnTp}}, CP {{cp}}; {{replicas}} DP replicas, each with its own KV cache and requests',
      mlp: 'Dense MLP: TP {{mlpTp}}',
      experts: 'Routed experts: {{experts}} on each GPU (EP {{ep}}), each split TP {{expertTp}}',
      vocabSplit: 'Embedding and lm_head: split over {{vocabTp}} GPUs',
      vocabWhole: 'Embedding and lm_head: whole on every GPU',
    },
    row: {
      attention: 'Attention',
      denseMlp: 'Dense MLP',
      experts: 'Routed experts',
      sharedExperts: 'Shared experts',
      other: 'Norms and routers',
      vocab: 'Embedding and lm_head',
    },
    perGpu: 'Each GPU of the first replica, GiB',
    sessions:
      '{{perReplica}} sessions of {{len}} tokens per replica × {{replicas}} = {{total}} at once ({{tokens}} tokens in all caches).',
    oom: 'Each GPU needs {{weights}} of weights alone and has {{total}}: this layout does not fit.',
    node: 'Node {{node}}',
    answer: 'over {{replicas}} replicas on {{devices}} GPUs',
    answerOom: 'Each GPU cannot hold its share of this layout.',
    answerRefused: 'This line does not run this layout.',
    answerNote: 'The answer is the layout’s; the charts below draw plain TP over --tp {{tp}}.',
    answerLink: 'The layout ↓',
    barsLabel: '{{gpus}} GPUs on {{nodes}} node(s), each bar one GPU',
    copy: 'Copy the command for {{version}} under this layout',
    peers:
      'Other engines: vLLM has --data-parallel-size with --enable-expert-parallel, SGLang --dp with --enable-dp-attention and --ep-size. The comparison does not model their layouts.',
    problem: {
      noLayout:
        'No layout satisfies TurboMind’s rules (parallel_config.py): the GPUs must equal dp × attention TP × cp and EP × MLP TP, with attention TP or MLP TP equal to --tp.',
      legacyEp:
        'TurboMind refuses --tp 1 with --ep > 1: “the legacy tp=1, ep=N spelling must be tp=N, ep=N” (parallel_config.py).',
      epMultiNode:
        'TurboMind refuses --ep > 1 over more than one node: “ep > 1 is only supported in single-node mode”.',
      nodes: '{{devices}} GPUs do not divide evenly over the nodes.',
      noCp: 'The PyTorch engine has no context parallelism (--cp is TurboMind’s).',
      tooMany: 'This layout spans {{devices}} GPUs; the page draws layouts of up to {{limit}}.',
      experts:
        'TurboMind deals experts out evenly: {{experts}} experts do not divide by --ep {{ep}}.',
      dist: {
        dp: 'The PyTorch engine refuses it: world size {{world}} (--ep, else --tp) must be a multiple of --dp {{value}} (DistConfig).',
        ep: 'The PyTorch engine refuses it: world size {{world}} must be a multiple of --ep {{value}} (DistConfig).',
        'attn-tp':
          'The PyTorch engine refuses it: attention TP {{value}} (world size {{world}} / --dp) must divide the MLP TP, --tp (DistConfig).',
      },
    },
  },
  vision: {
    firstGpu:
      'The vision encoder, {{total}} GiB, loads whole on GPU 0 before the KV cache is sized. Every GPU sizes its cache from the fullest one, so every cache shrinks as if each GPU held the encoder.',
    spread:
      'The vision encoder, {{total}} GiB, is spread over the TP group before the KV cache is sized: about {{share}} GiB on each GPU.',
  },
  segment: {
    weights: 'Sharded weights',
    vocab: 'Vocabulary layers',
    vision: 'Vision encoder',
    overhead: 'CUDA context and NCCL',
    kv: 'KV cache',
    headroom: 'Headroom',
    others: 'Other processes',
    buffers: 'Runtime buffers / reserve',
    stranded: 'Unused (fullest GPU decides)',
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
    descriptionRefused:
      '{{title}}: {{P}} GPUs; this version refuses the scenario, so it holds no KV cache.',
    descriptionOom:
      '{{title}}: {{P}} GPUs; each would need {{need}} GiB, more than the {{T}} GiB available.',
    roleDescription: 'chart',
    keys: 'Arrow keys step through the GPUs and read each one’s figures; Escape hides them.',
    oomTitle: 'Out of memory',
    validDegrees: 'It serves this at:',
    acceptedDegrees: 'It accepts these TP degrees, though the model fits at none of them:',
    useDegree: 'Set P to {{P}} ({{title}})',
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
    headingPair: 'What changes from the left chart to the right one',
    freedGeneric: 'Weights per GPU, left minus right',
    freedGenericFormula: 'W(left) − W(right)',
    extraKvGeneric: 'KV cache per GPU, right minus left',
    extraKvGenericFormula: 'KV(right) − KV(left)',
    freed: 'Freed on each GPU',
    freedFormula: 'E × (P − 1) / P',
    extraKv: 'Extra KV cache on each GPU',
    extraKvFormula: 'λ × freed',
    extraKvNoPre: 'the old layout did not fit at all',
    duplicated: 'Copies of the vocabulary layers across the TP group',
    duplicatedFormula: '(P − 1) × E',
    formulaHeading: 'KV cache per GPU, with the current numbers',
    doesNotFit: 'does not fit',
    usedHeading: 'Why used memory hardly moves with P',
    usedBody:
      'Each GPU ends up using W + O + λ(T − O − W) = λT + (1 − λ)(W + O). With λ = {{lambda}}, {{lambdaPercent}} of the GPU is taken whatever the TP degree; only the remaining {{restPercent}} follows the weights.',
    usedAtOne: 'At P = 1 each GPU would use {{used}} GiB.',
    usedAtOneOom: 'At P = 1 the model would not fit on one GPU.',
    usedAtP: 'At P = {{P}} ({{version}}) each GPU uses {{used}} GiB.',
  },
  error: {
    title: 'This view failed to draw',
    body: 'The inputs still work; change one to try again.',
    loadFailed: 'This part could not be loaded. The rest of the page still works.',
    stillOffline:
      'Still not reachable: the page’s host does not answer. The rest of the page still works.',
    retry: 'Try again',
  },
};

export type Messages = typeof en;
