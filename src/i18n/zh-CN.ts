import type { Messages } from './en';

export const zhCN: Messages = {
  answer: {
    heading: '这个场景的答案',
    verdict: {
      fits: '可运行',
      tight: '余量不足',
      refused: '被拒绝',
      oom: '显存不足',
    },
    sessions: '个 {{len}} token 的会话可同时运行',
    tokens: '缓存可容纳 {{tokens}} 个 token（整个 TP 组）',
    perGpu: '每张 GPU：KV {{kv}}，余量 {{headroom}}',
    tight: '余量 {{headroom}} 少于 NCCL 运行后要占用的 {{need}}：请调低 λ。',
    refused: '这个版本拒绝该场景：原因和它可用的 P 见其图表。',
    oom: '放不下：还差多少、在哪些 P 下放得下，见其图表。',
    safeRatio: '安全的最大 λ：{{ratio}}，留出运行时所需的 {{need}}：{{sessions}} 个会话。',
    safeRatioFormula:
      '最大 λ：{{ratio}}，{{sessions}} 个会话；公式不计引擎运行时所需的显存，“贴近实际”模式才计。',
    safeRatioShort: '安全 λ ≤ {{ratio}}：{{sessions}} 个会话',
    useRatioFor: '使用 λ = {{ratio}}（{{title}}）',
    copy: '复制命令',
    manualSizes:
      'S = {{S}} GiB、E = {{E}} GiB 为手动设定：这里的每个数字（包括引擎对比）都按它们计算，而不是按模型自身的大小。',
    toInputs: '修改输入 ↓',
    copyFor: '复制命令：{{title}}',
  },
  lessons: {
    heading: '引导场景',
    intro: '点一下即可搭好一个案例，并提示该看哪里。',
    close: '关闭课程',
    lookAt: '请看',
    documented: {
      title: '文档里的公式，逐步算出',
      body: '用整数套用 LMDeploy issue #2423 里的公式：每张 GPU 80 GiB，权重 140 GiB（其中词嵌入和 lm_head 占 2 GiB），P = 4，λ = 0.8，不计开销。从 v0.6.0 起每张 GPU 存 140 / 4 = 35 GiB，缓存 0.8 × (80 − 35) = 36 GiB；之前每张存 138 / 4 + 2 = 36.5 GiB，缓存 0.8 × 43.5 = 34.8 GiB。',
      look: '每张图下方的“每张 GPU 的 KV cache”',
    },
    seed: {
      title: 'TP = 1 与 TP = 2 占用几乎相同',
      body: '在 24 GB 的 A10 上运行 Qwen2.5-7B：无论用一张还是两张 GPU，每张 GPU 都占用约 20 GiB。LMDeploy 把空闲显存的 λ = 0.8 分给 KV cache，所以切分权重主要换来了更多缓存，而不是更空的 GPU。',
      look: '“每张 GPU 的占用”和下方按 P 的对比',
    },
    'large-vocab': {
      title: 'TP = 8 时的大词表',
      body: 'Qwen2.5-72B 的词表有 15.2 万个 token：词嵌入和 lm_head 共 4.6 GiB。v0.6.0 之前 8 张 GPU 每张都存一整份，合计 32 GiB 的副本；从 v0.6.0 起每张只存八分之一，省出的显存变成 KV cache。',
      look: 'v0.6.0 之前的斜纹部分和多出的 token',
    },
    'total-vs-free': {
      title: 'λ 取总显存还是空闲显存的比例',
      body: 'LMDeploy v0.2.0–v0.2.1 把 cache_max_entry_count 当作 GPU 总显存的比例；从 v0.2.2 起它是加载权重后剩余显存的比例。同样的 λ = 0.5，缓存大小差别很大。',
      look: '两张图：左边是 v0.2.0–v0.2.1，右边是 v0.2.2',
    },
    'few-kv-heads': {
      title: 'KV 头少于 GPU 数',
      body: 'GLM-4-9B 只有 2 个 KV 头。分到 8 张 GPU 上，每个头要在 4 张 GPU 上重复存放，所以每张 GPU 每个 token 都存一整个头：同样 1 GiB 的 KV cache 只能装下平均切分时四分之一的 token。',
      look: 'token 表上方的说明',
    },
    'does-not-fit': {
      title: '权重放不下',
      body: 'BF16 的 Llama-3.1-70B 需要约 131 GiB 权重；两张 24 GB 的卡只有 47 GiB。两种布局都在分配 KV cache 之前就显存不足。试试更多 GPU，或 INT4 权重。',
      look: '显存不足提示和超过 T 线的柱子',
    },
    quantized: {
      title: '量化的权重与 KV cache',
      body: 'Qwen2.5-72B 用 INT4 AWQ 权重和 INT8 KV cache，可以放进两张 48 GB 的 L40S。词嵌入和 lm_head 仍是 16 位，因此词表层的相对占比更大，切分它们也更重要。',
      look: '每张 GPU 的权重和可容纳的 token',
    },
    'vision-gpu0': {
      title: '放在 GPU 0 上的视觉编码器',
      body: 'InternVL3-78B 的视觉编码器（InternViT-6B 加投影器）按 16 位计为 10.6 GiB。v0.4.1 及之前，LMDeploy 在确定 KV cache 大小之前把它整个加载到 GPU 0 上。每张 GPU 都按最满的那张确定 cache，于是四张 GPU 的 cache 都变小，GPU 1–3 各闲置 10.6 GiB。从 v0.5.1 起它分布在 TP 组的各张 GPU 上，每张约 2.7 GiB。',
      look: 'GPU 0 上的粉色段，以及其余 GPU 上方的闲置显存',
    },
    'moe-ep': {
      title: '用专家并行部署 MoE 模型',
      body: 'DeepSeek-V3 的 58 层里每层有 256 个路由专家。按 LMDeploy PR #3414 的方式部署，在两台各 8 张 H200 的机器上用 --dp 16 --ep 16，每张 GPU 保存 16 个完整专家（FP8 下 38 GiB），但注意力、稠密层和共享专家在每张 GPU 上都完整存放一份，并且每张 GPU 运行一个自己的副本，有自己的 KV cache。TurboMind 不接受跨节点的 --ep。',
      look: 'PyTorch 引擎每张 GPU 的权重，以及 16 个副本的会话数',
    },
  },
  explain: {
    open: '逐步讲解当前场景',
    weights: '每张 GPU 上的权重',
    weightsShared: 'W = (S − E)/P + E = {{value}} GiB：各层切分，词表层整份复制',
    weightsSplit: 'W = S/P = {{value}} GiB：全部切分',
    free: '加载后的空闲显存',
    freeLine: '最满的 GPU 上 F = T − X − O − W = {{value}} GiB',
    kv: 'KV cache',
    kvLine: '{{formula}} = {{value}} GiB，{{tokens}} 个 token',
    headroom: '余量',
    headroomLine: '剩 {{value}} GiB 留给激活和缓冲区',
    total: 'λ 取总显存的比例（v0.1–v0.2.1）',
    totalBody:
      '如果 λ 是总显存的比例，缓存将是 λ × T = {{value}} GiB；加上权重，每张 GPU 需要 {{need}} GiB，而它只有 {{T}} GiB。',
    why: '为什么切分词表层会带来更多 KV cache',
    whyBody:
      '切分后每张 GPU 少存 {{freed}} GiB 的副本。这部分显存在加载后是空闲的，其中 λ 的部分，即 {{extra}} GiB，在每张 GPU 上都变成了 KV cache。',
    doesNotFit: '放不下',
  },
  glossary: {
    heading: '术语表',
    tp: {
      term: '张量并行（TP）',
      definition: '把每一层的权重矩阵切分到 P 张 GPU 上，它们对每个 token 一起计算。',
    },
    shard: {
      term: '分片',
      definition: '一张 GPU 持有的权重矩阵切片；TP 下每张 GPU 持有每个被切分层的 1/P。',
    },
    replicated: {
      term: '复制层',
      definition: '在每张 GPU 上整份存放而不切分的层；它要占 P 倍的完整大小。',
    },
    vocab: {
      term: '词表层',
      definition:
        '词嵌入（token id 到向量）和 lm_head（向量到 token 分数）：各为 词表大小 × 隐藏维度。',
    },
    kv: {
      term: 'KV cache',
      definition: '已处理 token 的键和值，保存下来让每个新 token 无需重算即可关注它们。',
    },
    block: {
      term: '块',
      definition: 'TurboMind 以 64 个 token 为一块分配 KV cache；一个会话占用整数个块。',
    },
    cmec: {
      term: 'cache_max_entry_count（λ）',
      definition: 'LMDeploy 分给 KV cache 的空闲显存比例，默认 0.8。',
    },
    min: {
      term: '由最满的 GPU 决定',
      definition:
        'TP 组里每张 GPU 测量自己的空闲显存，整组取最小值，所以每张卡的 KV cache 一样大；其余 GPU 多出来的显存就闲置了。',
    },
  },
  sweep: {
    heading: '同一模型在 P = 1、2、4、8、16 时',
    caption:
      '每个 TP 并行度下最满的一张 GPU：每对柱子左边（颜色较浅）为 {{left}}，右边为 {{right}}。虚线为 T。',
    kvColumn: '每张 GPU 的 KV cache，GiB（左 / 右）',
    usedColumn: '每张 GPU 的占用，GiB（左 / 右）',
    tableLabel: '各 TP 并行度下每张 GPU 的 KV cache 与占用',
    chartLabel: '柱状图：各 TP 并行度下最满一张 GPU 上的权重、KV cache 与运行时显存，两张图并排',
    note: '—：该版本拒绝这个 P，或模型放不下。',
    part: {
      model: '权重',
      kv: 'KV cache',
      runtime: '开销与运行时缓冲区',
    },
  },
  export: {
    heading: '导出',
    csv: '数值（CSV）',
    json: '场景与结果（JSON）',
    png: '图表（PNG）',
    print: '打印',
  },
  sections: {
    hardware: 'GPU',
    model: '模型',
    engine: 'LMDeploy',
    workload: '负载',
  },
  gpu: {
    label: 'GPU',
    custom: '自定义（在下方设置 T）',
    note: 'T 是 {{runtime}} 报告的总显存，即 PyTorch 所见；nvidia-smi 显示 {{smi}} MiB（{{smiGiB}} GiB）。',
    noteNoSmi: 'T 是 {{runtime}} 报告的总显存，即 PyTorch 所见。',
  },
  model: {
    label: '模型',
    pasted: '粘贴的配置：{{name}}',
    derived: 'S 和 E 由架构推算：检查点共 {{params}} B 参数；词表 {{vocab}} 补齐到 {{padded}}。',
    tied: '检查点中词嵌入与 lm_head 共享；TurboMind 仍各存一份，E 计入两份。',
    manual: '手动设置的 S 和 E。每个 token 的 KV cache 仍按 {{name}} 计算。',
    useDerived: '改用模型自身的大小',
  },
  weights: {
    label: '权重格式',
    bf16: 'BF16 / FP16',
    fp8: 'FP8，128 × 128 分块缩放',
    int8: 'INT8 W8A8，逐通道缩放',
    int4: 'INT4 AWQ / GPTQ，分组 128',
    short: {
      bf16: 'BF16',
      fp8: 'FP8',
      int8: 'INT8 W8A8',
      int4: 'INT4 AWQ 或 GPTQ',
    },
  },
  kvCache: {
    label: 'KV cache 格式',
    fp16: 'FP16 / BF16（quant_policy 0）',
    int8: 'INT8（quant_policy 8）',
    int4: 'INT4（quant_policy 4）',
  },
  config: {
    open: '使用其他模型：粘贴它的 config.json',
    label: 'config.json 文本',
    placeholder: '{ "hidden_size": 4096, "num_hidden_layers": 32, … }',
    use: '使用此配置',
    file: '或打开文件',
    used: '正在使用 {{name}}。',
    problem: {
      'not-json': '这不是 JSON。请粘贴完整的 config.json 文件。',
      'not-object': '这个 JSON 不是一组设置。',
      'too-large': '内容超过 {{limit}} 个字符；config.json 通常只有几 KiB。',
      missing: '缺少字段“{{field}}”。',
      invalid: '“{{field}}”必须是 {{min}} 到 {{max}} 之间的整数。',
      inconsistent: '“{{field}}”与其他字段不一致。',
      'not-modelled': '本页还不能计算 {{family}}：并非每一层都是注意力加 MLP，任何数字都会是错的。',
      'encoder-only':
        '这是单独一个编码器（{{modelType}}）的配置，不是语言模型的。请粘贴整个模型的 config.json。',
    },
    usedFormat: '它的权重以 {{format}} 存储；权重格式已设为它。',
    unquantized: '它把{{roles}}保留为 16 位，本页也一样。',
    roles: {
      attention: '注意力',
      'dense-mlp': '稠密 MLP',
      experts: '专家',
      'shared-experts': '共享专家',
    },
    note: {
      'unknown-quantization': '它的量化方式（{{method}}）不是本页能计算的：权重按 BF16 计算。',
      'encoder-not-counted': '它带有一个无法从这份配置算出大小的编码器；这里的大小只是语言模型的。',
      'vision-counted':
        '它的视觉编码器有 {{billions}} 十亿参数，按 16 位单独计算，放在该版本区间放置它的 GPU 上。',
      'vision-estimated':
        '它的视觉编码器按普通 ViT 加两层投影器估算为 {{billions}} 十亿参数，按 16 位单独计算。',
    },
    kept: '当前场景保持不变。',
  },
  capacity: {
    heading: 'KV cache 能装下多少 token',
    tableLabel: '每张 GPU 的 token 数（表格）',
    metric: '指标',
    change: '切分带来',
    changeGeneric: '右 − 左',
    bytesPerToken: '每个 token 在每张 GPU 上的 KV cache',
    blockSize: '每张 GPU 上的块（所含 token 数）',
    blocks: '每张 GPU 上的块数',
    tokens: '整个 TP 组可容纳的 token',
    sessions: '可同时容纳 {{len}} token 的会话',
    longest: '单个会话的最长 session_len',
    noFit: '放不下',
    architecture:
      'KV cache 按 {{name}} 计算：{{layers}} 层，{{kvHeads}} 个 KV 头，每头 {{headDim}} 维（每张 GPU {{perGpu}} 个）。',
    architectureLatent:
      'KV cache 按 {{name}} 计算：{{layers}} 层，每个 token 每层一个 {{values}} 维的压缩潜向量，每张 GPU 上都存完整的一份。',
    slidingWindow:
      '它的 {{total}} 层中有 {{layers}} 层只在 {{window}} 个 token 的窗口内注意。LMDeploy 在每一层都保存每个 token，如这里所算；按层类型分配的引擎（例如 vLLM 的混合 KV cache 管理器）在这些层只保留窗口，所以能装下更多 token。',
    contextNote: '会话长度超过了 {{name}} 的 {{max}} token 上下文。',
    truncated:
      'LMDeploy 启动时会把 session_len 截断为 {{tokens}}：放不下一个 {{len}} token 的会话。',
  },
  findings: {
    'heads-indivisible':
      '{{heads}} 个注意力头不能被 P = {{P}} 整除：LMDeploy 不接受这个 TP 并行度。',
    'kv-heads-indivisible':
      '{{kvHeads}} 个 KV 头无法平均分到 P = {{P}} 张 GPU 上：LMDeploy 不接受这个 TP 并行度。',
    'weight-format':
      '这一版本区间里没有哪个版本能加载以 {{format}} 存储的权重：请换一个版本区间或权重格式。',
    vision: '这一版本区间不支持视觉语言模型：LMDeploy 从 v0.2.6 起才加载视觉编码器。',
    'kv-heads-replicated':
      '{{P}} 张 GPU 只有 {{kvHeads}} 个 KV 头：每个头在 {{copies}} 张 GPU 上重复存放（LMDeploy v0.6.5 及之后），因此每个 token 在每张 GPU 上占 {{actual}} KV cache，而不是 {{ideal}}。',
    latent:
      '潜在注意力（MLA）：每张 GPU 缓存完整的压缩潜向量，每个 token 每层 {{values}} 个值。TurboMind 不支持此模型；LMDeploy 用 PyTorch 引擎运行它。',
  },
  plan: {
    heading: '规划 {{n}} 个 {{len}} token 的会话',
    smallestRatio: '最小的 cache_max_entry_count',
    fewestGpus: 'λ = {{lambda}} 时最少的 GPU 数',
    unreachable: '无法达到',
    moreThan: '超过 {{max}}',
    apply: '使用',
    safeRatio: '安全的最大 cache_max_entry_count',
    safeNeed: '为运行时留出 {{need}}；{{sessions}} 个会话',
    noSafeRatio: '没有哪个值能留够',
    unsafe: '这个 λ 留下的显存少于引擎运行时要占用的 {{need}}：开始服务后可能显存不足。',
    useFor: '使用 {{value}}（{{what}}，{{title}}）',
    curveHeading: '{{len}} token 的会话数随 λ 的变化',
    curveLabel:
      '折线图：两张图各自的同时会话数随 cache_max_entry_count 变化，不安全的 λ 区间加了阴影',
    curveNote: '阴影：留给运行时的显存不够的 λ。虚线：当前选的 λ。',
  },
  app: {
    updateReady: 'ShardScope 的新版本已就绪。',
    updateReload: '重新加载',
    skipToResults: '跳到结果',
    title: 'ShardScope',
    tagline: 'LMDeploy 以张量并行（TP）部署模型时，每张 GPU 上放了什么：v0.6.0 之前与之后对比。',
    units:
      '所有大小均以 GiB（2³⁰ 字节）为单位。厂商标注的“GB”是 10⁹ 字节：一张“80 GB”的 GPU 在 CUDA 中约为 79.1 GiB。',
    sources:
      '依据：LMDeploy issue #2423（KV = λ × (T − S/P)）与 v0.6.0 发布的 PR #2252，后者把词嵌入和 lm_head 切分到各 GPU。',
  },
  toolbar: {
    language: '语言',
    theme: '主题',
    themeSystem: '跟随系统',
    themeLight: '浅色',
    themeDark: '深色',
    copyLink: '复制链接',
    copied: '链接已复制',
    copyFailed: '无法复制；链接就在地址栏中',
    languageFailed: '无法加载{{language}}；请检查网络连接后重新选择',
  },
  notice: {
    title: '此链接中有部分内容无法使用',
    body: '以下取值已被忽略，改用默认值：',
    dismiss: '关闭',
    reason: {
      'not-a-number': '不是数字',
      'out-of-range': '超出允许范围',
      'not-an-integer': '必须是整数',
      'too-long': '过长',
      duplicate: '重复出现；已采用第一个值',
      'unknown-key': '未知参数',
      'exceeds-model': '大于模型权重（S）',
      'unknown-option': '不是可选项之一',
      'bad-config': '不是可用的模型配置',
      conflict: '与链接中的另一项设置矛盾；已采用那一项',
    },
  },
  inputs: {
    default: '默认',
    heading: '场景',
    range: '范围 {{min}}–{{max}}',
    rangeUnit: '范围 {{min}}–{{max}} {{unit}}',
    invalid: '请输入 {{min}} 到 {{max}} 之间的数',
    invalidInteger: '请输入 {{min}} 到 {{max}} 之间的整数',
    sliderLabel: '{{name}} 滑块',
    T: {
      name: 'GPU 显存',
      help: 'CUDA 报告的单张 GPU 总显存。一张“80 GB”的 H100 约为 79.1 GiB。',
    },
    S: {
      name: '模型权重',
      help: '模型全部权重，所有 GPU 合计。70B 模型用 bf16 存储为 140 GB，约 130 GiB。',
    },
    E: {
      name: '词表层',
      help: '词嵌入加 lm_head，各为 词表 × 隐藏维度 × 字节数。即使检查点共享二者，TurboMind 仍各存一份。包含在 S 中。',
    },
    lambda: {
      name: 'cache_max_entry_count',
      help: 'LMDeploy 分给 KV cache 的显存比例（--cache-max-entry-count，默认 0.8）：v0.2.2 起是空闲显存的比例，之前是总显存的比例。输入 ≥ 1 的整数表示块数（至 v0.14），在 v0.0.x 中表示会话个数。',
    },
    P: {
      name: 'TP 并行度',
      help: '模型切分到多少张 GPU 上（--tp，LMDeploy 默认 1）。滑块最多到 16，输入框可填到 64。',
    },
    ctx: {
      name: 'CUDA 上下文',
      help: '每个进程在加载任何东西之前占用的显存：CUDA 11.7 起按需加载内核，约 0.3 GiB，之前超过 1 GiB（pytorch#107667）。',
    },
    nccl: {
      name: 'NCCL 缓冲区',
      help: '确定 KV cache 大小时 NCCL 已占用的显存，仅当 P > 1。4 × V100 上的一份 TurboMind 日志推算约 0.06 GiB；第一次 all-reduce 之后 NCCL 增长到 0.5–0.7 GiB（nccl#964），H100/H200 上的 NVLS 每张 GPU 再加约 0.3 GiB（vllm#9699）。',
    },
    buf: {
      name: 'TurboMind 运行时缓冲区',
      help: '在 KV cache 之后分配，来自 λ 留下的部分：20 字节 × max_batch_size × session_len、词表上的 logits、一次 prefill 的激活（LlamaBatch.cc，v0.10.0）。0 表示使用这个估算。',
    },
    cal: {
      name: '来自启动日志',
      help: '启动日志显示在确定缓存大小之前、权重和上面各项之外已被占用的显存；由按日志校准设置。若上面各项多算了，则为负值。',
    },
    prefill: {
      name: 'max_prefill_token_num',
      help: '仅 PyTorch 引擎：一次 prefill 最多处理的 token 数，R 随之增大。0 表示使用该版本的默认值。',
    },
    batch: {
      name: 'max_batch_size',
      help: '0 表示使用 LMDeploy 按 GPU 取的默认值：H100/H200/H800 为 1024，A100 为 384，其他为 128。决定 TurboMind 缓冲区和 PyTorch 引擎预留的大小。',
    },
    dp: {
      name: '数据并行（--dp）',
      help: '注意力的副本数，每个副本有自己的 KV cache 和请求。两个引擎都从 v0.8 起支持；本页对 TurboMind 从 v0.15、对 PyTorch 引擎从 v0.11 起建模布局。',
    },
    ep: {
      name: '专家并行（--ep）',
      help: '路由专家分到多少张 GPU 上。TurboMind 从 v0.15 起支持，且只限单机；PyTorch 引擎从 v0.8 起支持。',
    },
    cp: {
      name: '上下文并行（--cp）',
      help: '一个序列的 token 分布在多少张 GPU 上，每张保存自己那一份 KV cache。仅 TurboMind，从 v0.11 起。',
    },
    nodes: {
      name: '节点数（--nnodes）',
      help: 'GPU 分布在多少台机器上，每台数量相同。',
    },
    vllm: {
      name: 'vLLM gpu_memory_utilization',
      help: '0 表示使用 vLLM 的默认值 0.92（v0.21 之前为 0.9）。',
    },
    sglang: {
      name: 'SGLang mem_fraction_static',
      help: '0 表示由 SGLang 按 GPU 显存和 P 自行选择。',
    },
    trtllm: {
      name: 'TensorRT-LLM free_gpu_memory_fraction',
      help: '0 表示使用默认值 0.9。',
    },
    tgi: {
      name: 'TGI cuda_memory_fraction',
      help: '0 表示使用默认值 1.0。',
    },
    vllmCal: {
      name: 'vLLM：来自其日志',
      help: 'vLLM 自己的启动日志显示它实际没有的显存（超出这里的规则）；由按该日志校准设置。从它的 KV cache 中扣除。',
    },
    sglangCal: {
      name: 'SGLang：来自其日志',
      help: 'SGLang 自己的启动日志显示它实际没有的显存（超出这里的规则）；由按该日志校准设置。从它的 KV cache 中扣除。',
    },
    trtllmCal: {
      name: 'TensorRT-LLM：来自其日志',
      help: 'TensorRT-LLM 自己的启动日志显示它实际没有的显存（超出这里的规则）；由按该日志校准设置。从它的 KV cache 中扣除。',
    },
    tgiCal: {
      name: 'TGI：来自其日志',
      help: 'TGI 自己的启动日志显示它实际没有的显存（超出这里的规则）；由按该日志校准设置。从它的 KV cache 中扣除。',
    },
    len: {
      name: '会话长度',
      help: 'session_len：一个会话可容纳的 token 数，提示与回复合计（--session-len）。',
    },
    n: {
      name: '并发会话数',
      help: '希望同时服务多少个这种长度的会话；用于下方的规划数字。',
    },
  },
  version: {
    tm000: {
      title: 'TurboMind v0.0.x',
      rule: 'cache_max_entry_count 是完整会话的个数：缓存存 λ 个条目，每个 session_len 个 token（默认 48）。词嵌入和 lm_head 在每张 GPU 上各存一份。',
    },
    tm010: {
      title: 'TurboMind v0.1.x',
      rule: 'KV = λ × T，占总显存的比例（默认 0.5），按 128 token 的块；λ ≥ 1 表示块数。块在会话需要时才分配，所以超过空闲显存的缓存也能启动，之后才出错。词嵌入和 lm_head 在每张 GPU 上各存一份。',
    },
    tm020: {
      title: 'TurboMind v0.2.0 – v0.2.1',
      rule: 'KV = λ × T，占总显存的比例（默认 0.5），启动时按 128 token 的块一次分配完；λ ≥ 1 表示块数。词嵌入和 lm_head 在每张 GPU 上各存一份。',
    },
    tm022: {
      title: 'TurboMind v0.2.2 – v0.2.6',
      rule: 'KV = λ × F，占权重加载后空闲显存的比例，由最满的 GPU 决定（默认 0.8），仍按 128 token 的块；λ ≥ 1 表示块数。词嵌入和 lm_head 在每张 GPU 上各存一份完整副本。',
    },
    tm030: {
      title: 'TurboMind v0.3.0 – v0.4.0',
      rule: 'KV = λ × F，按 64 token 的块（PR #1218）；λ ≥ 1 表示块数。词嵌入和 lm_head 在每张 GPU 上各存一份完整副本。',
    },
    tm041: {
      title: 'TurboMind v0.4.1 – v0.5.3',
      rule: 'KV = λ × F，按 64 token 的块；λ 必须小于 1（PR #1525）。词嵌入和 lm_head 在每张 GPU 上各存一份完整副本。',
    },
    tm060: {
      title: 'TurboMind v0.6.0 – v0.6.4',
      rule: 'KV = λ × F，但词嵌入和 lm_head 切分到 P 张 GPU 上（PR #2252）。λ 必须小于 1。KV 头数必须能被 P 整除：KV 头少于 GPU 数时拒绝启动。',
    },
    tm065: {
      title: 'TurboMind v0.6.5 – v0.7.3',
      rule: 'KV = λ × F，所有层都切分；KV 头少于 GPU 数且 P 是其倍数时复制 KV 头（PR #2874）。λ 必须小于 1。',
    },
    tm080: {
      title: 'TurboMind v0.8.0 – v0.9.2',
      rule: 'KV = λ × F，所有层都切分；日志里的块大小带三位小数（PR #3229）。λ 必须小于 1。',
    },
    tm100: {
      title: 'TurboMind v0.10 – v0.11',
      rule: 'KV = λ × F，所有层都切分；λ ≥ 1 重新表示块数（PR #3913）；max_batch_size 默认值在 A100 上升到 384，H100/H200 上升到 1024。',
    },
    tm120: {
      title: 'TurboMind v0.12 – v0.14',
      rule: 'KV = λ × (F − B)：运行时缓冲区 B 在测量空闲显存之前分配（PR #4223）；λ ≥ 1 表示块数。日志新增 “max cached tokens”。',
    },
    tm150: {
      title: 'TurboMind v0.15 及之后',
      rule: 'KV = λ × F，所有层都切分；λ 必须小于 1，不再接受块数（PR #4717）。',
    },
    pt060: {
      title: 'PyTorch 引擎 v0.6.0 – v0.6.4',
      rule: 'KV = λ × (F − R)，R = max_prefill_token_num × V × 7 字节（lmdeploy serve 传入 8192 token），不足 16 个块时减半。KV 头数必须能被 P 整除。词嵌入和 lm_head 在每张 GPU 上各存一份。',
    },
    pt065: {
      title: 'PyTorch 引擎 v0.6.5 – v0.9.1',
      rule: 'KV = λ × (F − R)，R = max_prefill_token_num × V × 7 字节，不足 16 个块时减半；KV 头少于 GPU 数时复制（PR #2872）。词嵌入和 lm_head 在每张 GPU 上各存一份。',
    },
    pt092: {
      title: 'PyTorch 引擎 v0.9.2',
      rule: 'KV = λ × (F − R)，R = (max_prefill_token_num + 2 × max_batch_size) × V × 2 字节（PR #3745）。词嵌入和 lm_head 在每张 GPU 上各存一份。',
    },
    pt100: {
      title: 'PyTorch 引擎 v0.10 及之后',
      rule: 'KV = λ × (F − R)，R = (max_prefill_token_num + 2 × max_batch_size) × V × 2 字节，max_batch_size 默认在 A100 上为 384，H100/H200 上为 1024。词嵌入和 lm_head 在每张 GPU 上各存一份。',
    },
    source: '出处',
    left: '左图',
    right: '右图',
  },
  log: {
    open: '用你自己的启动日志核对本页',
    intro:
      '粘贴 LMDeploy、vLLM 或 SGLang 启动时打印的内容（LMDeploy 请加 --log-level INFO），或打开日志文件。本页会设置日志确定的所有输入，并逐行把日志的数字与本页的并列。',
    privacy:
      '日志只留在这个标签页里：不会写进链接，也不会发送到任何地方。写进链接的只有它确定的输入。',
    label: '启动日志',
    placeholder:
      '[TM][INFO] [BlockManager] block_size = 9.000 MB\n[TM][INFO] [BlockManager] max_block_count = 863\n…',
    read: '读取这份日志',
    file: '或打开文件',
    clear: '忘掉这份日志',
    engine: {
      turbomind: 'LMDeploy TurboMind 日志，{{ranks}} 个 rank',
      pytorch: 'LMDeploy PyTorch 引擎日志，{{ranks}} 个 rank',
      vllm: 'vLLM 日志',
      sglang: 'SGLang 日志，{{ranks}} 个 rank',
    },
    sentenceBreak: '。',
    fits: '它的行格式符合 {{versions}}；右图现在显示 {{version}}。',
    set: '由日志设置',
    nothingSet: '日志没有确定任何输入，输入保持不变。',
    change: {
      version: '版本区间：{{value}}',
      tp: 'P = {{value}}',
      cacheRatio: 'λ = {{value}}',
      sessionLength: 'session_len = {{value}}',
      kvFormat: 'KV cache：{{value}}',
      maxBatch: 'max_batch_size = {{value}}',
      prefill: 'max_prefill_token_num = {{value}}',
      weightFormat: '权重：{{value}}',
      gpu: 'GPU：{{value}}',
      gpuMemory: 'T = {{value}} GiB（来自 nvidia-smi 的总量）',
      engineKnob: '它的显存参数 = {{value}}',
      model: '模型：{{value}}',
    },
    figure: '数字',
    logged: '日志',
    page: '本页',
    difference: '差',
    rows: {
      blockSize: '块大小',
      blocks: '块数（max_block_count）',
      budget: '缓存预算',
      free: '确定缓存大小时的空闲显存',
      overhead: '缓存之前权重之外被占用的（O）',
      truncated: 'session_len 截断到',
    },
    exact: '完全一致',
    fitsShapes:
      '日志的块大小不是这个模型的。它符合：{{shapes}}。请选择相符的模型或格式；本页没有做任何改动。',
    shape:
      '{{layers}} 层 × 每张 GPU {{heads}} 个 KV 头 × 头大小 {{headDim}}，{{format}}，每块 {{tokens}} 个 token',
    unexplained: '无法解释：{{value}}',
    withinBlock: '块数只能把它确定到一个块以内',
    calibrate: '校准：把无法解释的显存计为开销',
    calibrated:
      '本页现在能复现日志里的块数。此后的每个假设（λ、会话长度、KV 格式、版本、会话数）都从你的机器出发。',
    notYet: '尚未校准：本页的开销留下 {{value}} GiB 无法解释。',
    blockCount: 'λ ≥ 1 表示块数：日志没有透露空闲显存。',
    blocksFromTokens:
      '日志没有打印 max_block_count；它的 {{tokens}} 个 token（max cached tokens，或 session_len 被截断后的长度）即 {{blocks}} 个块，每块 {{blockTokens}} 个 token。',
    peer: {
      row: '它在对比中的一行',
      noRow: '在这些输入下，对比中没有这个引擎的一行。',
      bytesPerToken: '每个 token 每张 GPU 的 KV cache',
      tokens: '缓存能容纳的 token',
      kv: '每张 GPU 的 KV cache',
      calibrated: '对比中这个引擎的一行现在能复现日志里的缓存；打开对比即可修改它的输入。',
    },
    problem: {
      empty: '没有可读取的内容。',
      'too-large': '超过了 {{limit}} 个字符；启动日志远比这小。请粘贴从启动到缓存那几行的内容。',
      'unknown-engine':
        '没有一行是 LMDeploy、vLLM 或 SGLang 关于缓存打印的内容。本页没有做任何改动。',
      'no-cache-lines':
        '有引擎配置，但没有缓存那几行：LMDeploy 需要 --log-level INFO 才会打印。本页没有做任何改动。',
      cut: '这一行在数字之前就断了：“{{line}}”。请完整粘贴。本页没有做任何改动。',
      'ranks-disagree':
        '各个 rank 打印的 {{what}} 不同（{{values}}）：这是两次运行吗？请只粘贴一次。本页没有做任何改动。',
      'mixed-versions': '这些行来自互相排斥的版本：是不是不止一次运行？本页没有做任何改动。',
      'shape-unexplained':
        '用模型的层数、KV 头、头大小和缓存格式都凑不出日志里的块大小：模型选对了吗？本页没有做任何改动。',
      'not-lmdeploy': '这不是 LMDeploy 的日志。',
      'no-version': '这份日志不符合本页已知的任何版本区间。',
      'no-block-count': '日志有块大小，但没有块数。',
    },
  },
  startup: {
    heading: '启动它，并核对日志',
    intro: '这个场景的启动命令，以及 LMDeploy 启动时应当打印的 KV cache 相关日志。',
    command: '命令',
    copy: '复制',
    copied: '已复制',
    copyFailed: '复制失败，请手动选中文本',
    logs: '预期的日志',
    noLogs: '这个版本启动时不打印 KV cache 的数值。',
    debugOnly: '仅在 --log-level DEBUG 时打印',
    releases: '{{releases}} 中',
    unusable: '无法启动：这个版本不能运行该场景。',
    checkpoint: {
      since: '这一版本区间从 v{{since}} 起才能加载这种权重。',
      online:
        '这个模型没有发布 LMDeploy 能读取的 FP8 检查点：--model-format fp8 会在加载时把 16 位权重量化为 FP8（PyTorch 引擎需要计算能力 9.0，即 H100 或更新的 GPU）。',
      made: '这个模型没有发布 {{format}} 检查点：第一行命令先用 lmdeploy lite 生成一个。',
      unpublished: '不知道这个模型有 LMDeploy 能读取的 {{format}} 检查点：路径只是占位。',
      cannot: '这一版本区间里没有哪个版本能加载 {{format}} 权重，所以没有命令。',
    },
  },
  compare: {
    open: '与 vLLM、SGLang、TensorRT-LLM 和 TGI 对比',
    heading: '同一模型、同样的 GPU 和 P，在各个引擎下',
    intro:
      '按各引擎自己的规则和默认值计算的每张 GPU 的 KV cache，开销按上面的设置。激活峰值是对最大一次前向的估算，引擎会自己测量。',
    weights: '每张 GPU 的权重',
    activations: '激活峰值',
    kv: '每张 GPU 的 KV cache',
    tokens: 'Token 数',
    default: '默认',
    auto: '由 SGLang 选择',
    knobs: '各引擎自己的参数，未设定时为其默认值',
    chartRow: {
      pre: 'LMDeploy {{version}}（左图）',
      post: 'LMDeploy {{version}}（右图）',
    },
    chartAxis: {
      pre: 'LMDeploy 左图',
      post: 'LMDeploy 右图',
    },
    sessionsShort_one: '{{sessions}} 个会话',
    sessionsShort_other: '{{sessions}} 个会话',
    chartLabel: '柱状图：各引擎每张 GPU 的 KV cache，标注可容纳的所选长度会话数',
    versusRight: '与右图相比：每张 GPU 的 KV cache {{kv}}，会话 {{sessions}} 个。',
    manualSizes: 'S 和 E 是手动设定的：这里每个引擎都按它们而不是按模型计算权重。',
    copyFor: '复制 {{engine}} 的命令',

    commandFor: '{{engine}} 的命令',
    rules: {
      turbomind: '权重加载后空闲显存的 λ，由最满的 GPU 决定；词嵌入和 lm_head 切分到 P 张卡上。',
      pytorch: '空闲显存减去 logits 预留 R 之后的 λ；词嵌入和 lm_head 在每张 GPU 上各存一份。',
      vllm: '总显存的 u 倍，减去权重和测得的激活峰值；CUDA context 和 NCCL 在它测量之前就已占用，从其余部分里出。若空闲显存不足 u × T 则拒绝启动。从 v0.21 起它还会为 CUDA graph 预留一份估算，此处未计入：用 vLLM 日志校准即可计入。',
      sglang: '权重加载之前空闲显存的 f 倍，减去权重；未设置时 f 按 GPU 显存和 P 选取。',
      trtllm: '权重和测得的激活之后仍空闲的显存的 f 倍。',
      tgi: '预热之后的全部空闲显存，减去总显存的 (1 − 0.9 × fraction)；仅当 V 能被 P 整除时才切分 lm_head。',
    },
    problem: {
      heads: '不接受这个 P：注意力头数不能整除',
      vocab: '不接受这个 P：填充后的词表不能整除',
      'kv-format': '不支持 4 位 KV cache',
      'weight-format': '无法加载这种权重',
      vision: '不支持视觉语言模型',
      latent: '不支持潜在注意力（MLA）',
      weights: '放不下',
      startup: '拒绝启动：u × T 超过空闲显存',
    },
  },
  overheadModel: {
    label: '开销',
    formula: '公式：不计',
    realistic: '贴近实际',
    formulaNote:
      '文档中的公式不计任何开销。切换到“贴近实际”即加入 CUDA 上下文、NCCL 缓冲区和运行时缓冲区。',
    realisticNote:
      'CUDA 上下文和 NCCL 缓冲区在确定 KV cache 大小之前就已存在，会减少 F；TurboMind 的运行时缓冲区在其之后分配，来自 λ 留下的部分。',
  },
  used: {
    label: '每张 GPU 已被占用的显存（GiB）',
    help: '其他进程或显示输出占用的显存，从 GPU 0 开始，用逗号分隔，例如“0, 2.5”。KV cache 的大小由最满的 GPU 决定。',
    placeholder: '0, 0, 0, 0',
    invalid: '请输入 0 到 {{max}} 之间的数，用逗号分隔。',
    wasted: '每张 GPU 都只能得到最满的那张所允许的 KV cache：其余 GPU 上共有 {{wasted}} GiB 闲置。',
  },
  problem: {
    weights:
      '权重和开销在最满的 GPU 上需要 {{need}} GiB，比它的容量多 {{over}} GiB。引擎无法加载，没有 KV cache。',
    ratioEntries:
      '这个版本把 cache_max_entry_count 当作完整会话的个数（默认 48）；{{lambda}} 什么也分配不到。',
    ratioShare: '这个版本只接受小于 1 的 cache_max_entry_count；{{lambda}} 会在启动时被拒绝。',
    cache: '申请的 KV cache 为 {{kv}} GiB，超过权重加载后空闲的 {{free}} GiB：启动时分配失败。',
    overcommitted:
      '日志会显示 {{logged}} 个块，但权重之外只放得下 {{usable}} 个：块在会话需要时才分配，超过之后引擎就会显存不足。',
    cacheFew: '即使把 max_prefill_token_num 减半，也放不下 16 个块：引擎拒绝启动。',
    buffers:
      'KV cache 分配后只剩 {{left}} GiB，放不下 {{buffers}} GiB 的运行时缓冲区：引擎能启动，但第一批请求就会显存不足。请调低 λ。',
  },
  layout: {
    open: '超越普通 TP：数据、专家与上下文并行，多节点',
    intro:
      '上面的图按 --tp {{tp}} 张 GPU 的普通 TP 画出。这里的 --dp、--ep、--cp 和 --nnodes 把模型进一步分布；每个版本区间按自己源码的规则由它们推出布局。',
    plain:
      '--dp、--ep、--cp 和 --nnodes 都为 1 时就是普通 TP，由上面的图画出。调大其中一个，看 TurboMind v0.15 起或 PyTorch 引擎 v0.11 起每张 GPU 上有什么。',
    unavailable: '这一版本区间的所有版本都不支持 --dp、--ep、--cp 或 --nnodes。',
    notModelled:
      '这一版本区间从 {{since}} 起支持 --dp，但本页没有建模它的规则。请为某个图选择 TurboMind v0.15 及之后或 PyTorch 引擎 v0.10 及之后。',
    shape: {
      gpus: '{{devices}} 张 GPU，每个节点 {{perNode}} 张',
      attention:
        '注意力：TP {{attnTp}}，CP {{cp}}；{{replicas}} 个 DP 副本，各有自己的 KV cache 和请求',
      mlp: '稠密 MLP：TP {{mlpTp}}',
      experts: '路由专家：每张 GPU {{experts}} 个（EP {{ep}}），每个专家 TP {{expertTp}}',
      vocabSplit: '词嵌入和 lm_head：切分到 {{vocabTp}} 张 GPU',
      vocabWhole: '词嵌入和 lm_head：每张 GPU 上完整存放',
    },
    row: {
      attention: '注意力',
      denseMlp: '稠密 MLP',
      experts: '路由专家',
      sharedExperts: '共享专家',
      other: '归一化层与路由器',
      vocab: '词嵌入和 lm_head',
    },
    perGpu: '第一个副本的每张 GPU，GiB',
    sessions:
      '每个副本 {{perReplica}} 个 {{len}} token 的会话 × {{replicas}} = 同时 {{total}} 个（所有 cache 合计 {{tokens}} 个 token）。',
    oom: '每张 GPU 仅权重就需要 {{weights}}，而它只有 {{total}}：这个布局放不下。',
    node: '节点 {{node}}',
    answer: '共 {{replicas}} 个副本，{{devices}} 张 GPU',
    answerOom: '每张 GPU 放不下这个布局分给它的部分。',
    answerRefused: '这一版本区间不运行这个布局。',
    answerNote: '这里的答案是按并行布局算的；下面的图按 --tp {{tp}} 的普通 TP 画出。',
    answerLink: '查看布局 ↓',
    barsLabel: '{{nodes}} 个节点上的 {{gpus}} 张 GPU，每根柱是一张 GPU',
    copy: '复制 {{version}} 在此布局下的命令',
    peers:
      '其他引擎：vLLM 有 --data-parallel-size 加 --enable-expert-parallel，SGLang 有 --dp 加 --enable-dp-attention 和 --ep-size。引擎对比没有为它们的布局建模。',
    problem: {
      noLayout:
        '没有满足 TurboMind 规则（parallel_config.py）的布局：GPU 数必须等于 dp × 注意力 TP × cp，也等于 EP × MLP TP，且注意力 TP 或 MLP TP 等于 --tp。',
      legacyEp:
        'TurboMind 不接受 --tp 1 加 --ep > 1：“旧写法 tp=1, ep=N 必须写成 tp=N, ep=N”（parallel_config.py）。',
      epMultiNode: 'TurboMind 不接受跨多个节点的 --ep > 1：“ep > 1 只支持单机模式”。',
      nodes: '{{devices}} 张 GPU 不能平均分到各节点上。',
      noCp: 'PyTorch 引擎没有上下文并行（--cp 是 TurboMind 的）。',
      tooMany: '这个布局跨 {{devices}} 张 GPU；本页最多画 {{limit}} 张。',
      experts: 'TurboMind 把专家平均分配：{{experts}} 个专家不能被 --ep {{ep}} 整除。',
      dist: {
        dp: 'PyTorch 引擎不接受：world size {{world}}（--ep，否则 --tp）必须是 --dp {{value}} 的倍数（DistConfig）。',
        ep: 'PyTorch 引擎不接受：world size {{world}} 必须是 --ep {{value}} 的倍数（DistConfig）。',
        'attn-tp':
          'PyTorch 引擎不接受：注意力 TP {{value}}（world size {{world}} / --dp）必须整除 MLP TP，即 --tp（DistConfig）。',
      },
    },
  },
  vision: {
    firstGpu:
      '视觉编码器（{{total}} GiB）在确定 KV cache 大小之前整个加载到 GPU 0 上。每张 GPU 都按最满的那张确定 cache，所以每张 GPU 的 cache 都像它自己也装着编码器一样变小。',
    spread:
      '视觉编码器（{{total}} GiB）在确定 KV cache 大小之前分布在 TP 组的各张 GPU 上：每张约 {{share}} GiB。',
  },
  segment: {
    weights: '切分的权重',
    vocab: '词表层',
    vision: '视觉编码器',
    overhead: 'CUDA 上下文与 NCCL',
    kv: 'KV cache',
    headroom: '余量',
    others: '其他进程',
    buffers: '运行时缓冲区 / 预留',
    stranded: '闲置（由最满的 GPU 决定）',
  },
  chart: {
    axis: '每张 GPU 的 GiB',
    legend: '图例',
    gpu: 'GPU {{rank}}',
    gpuLimit: 'T = {{value}} GiB',
    vocabReplicated: '每张 GPU 一份完整副本',
    vocabSharded: '每张 GPU 存 1/{{P}}',
    description:
      '{{title}}：{{P}} 张 GPU，每张有切分的权重 {{weights}} GiB、词表层 {{vocab}} GiB、开销 {{overhead}} GiB、KV cache {{kv}} GiB、余量 {{headroom}} GiB。',
    descriptionRefused: '{{title}}：{{P}} 张 GPU；此版本拒绝该场景，因此没有 KV cache。',
    descriptionOom: '{{title}}：{{P}} 张 GPU；每张需要 {{need}} GiB，超过可用的 {{T}} GiB。',
    roleDescription: '图表',
    keys: '方向键逐张切换 GPU 并读出其数值；Esc 隐藏。',
    oomTitle: '显存不足',
    validDegrees: '它可以在这些 TP 度下运行：',
    acceptedDegrees: '它接受这些 TP 度，但模型在其中任何一个下都放不下：',
    useDegree: '把 P 设为 {{P}}（{{title}}）',
    oomBody:
      '权重和开销每张 GPU 需要 {{need}} GiB，比 T 多 {{over}} GiB。引擎将无法加载，没有 KV cache。',
    weightsPerGpu: '每张 GPU 的权重',
    kvPerGpu: '每张 GPU 的 KV cache',
    usedPerGpu: '每张 GPU 的占用',
  },
  table: {
    caption: '每张 GPU 的显存（GiB），{{title}}',
    segment: '组成',
    total: '合计',
    show: '数值',
  },
  summary: {
    heading: '切分词表层带来了什么',
    headingPair: '从左图到右图有什么变化',
    freedGeneric: '每张 GPU 的权重，左减右',
    freedGenericFormula: 'W(左) − W(右)',
    extraKvGeneric: '每张 GPU 的 KV cache，右减左',
    extraKvGenericFormula: 'KV(右) − KV(左)',
    freed: '每张 GPU 省出',
    freedFormula: 'E × (P − 1) / P',
    extraKv: '每张 GPU 多出的 KV cache',
    extraKvFormula: 'λ × 省出',
    extraKvNoPre: '旧的布局根本放不下',
    duplicated: '整个 TP 组中词表层的重复副本',
    duplicatedFormula: '(P − 1) × E',
    formulaHeading: '每张 GPU 的 KV cache（代入当前数值）',
    doesNotFit: '放不下',
    usedHeading: '为什么占用几乎不随 P 变化',
    usedBody:
      '每张 GPU 最终占用 W + O + λ(T − O − W) = λT + (1 − λ)(W + O)。λ = {{lambda}} 时，无论 TP 并行度多少，都有 {{lambdaPercent}} 的显存被占用；只有剩下的 {{restPercent}} 随权重变化。',
    usedAtOne: 'P = 1 时每张 GPU 占用 {{used}} GiB。',
    usedAtOneOom: 'P = 1 时单张 GPU 放不下这个模型。',
    usedAtP: 'P = {{P}}（{{version}}）时每张 GPU 占用 {{used}} GiB。',
  },
  error: {
    title: '此视图绘制失败',
    body: '输入仍可使用；修改任一输入即可重试。',
    loadFailed: '这一部分未能加载，页面其余部分仍可使用。',
    stillOffline: '仍然无法连接：页面所在的服务器没有响应。页面其余部分仍可使用。',
    retry: '重试',
  },
};
