import type { Messages } from './en';

export const zhCN: Messages = {
  app: {
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
    },
  },
  inputs: {
    heading: '场景',
    range: '范围 {{min}}–{{max}}',
    rangeUnit: '范围 {{min}}–{{max}} {{unit}}',
    invalid: '请输入 {{min}} 到 {{max}} 之间的数',
    invalidInteger: '请输入 {{min}} 到 {{max}} 之间的整数',
    sliderLabel: '{{name}} 滑块',
    fieldLabel: '{{name}} 数值',
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
      help: '权重加载后，LMDeploy 分给 KV cache 的空闲显存比例（--cache-max-entry-count，默认 0.8）。',
    },
    P: {
      name: 'TP 并行度',
      help: '模型切分到多少张 GPU 上（--tp）。滑块最多到 16，输入框可填到 64。',
    },
    O: {
      name: '运行时开销',
      help: '每张 GPU 上权重以外的占用：CUDA 上下文、NCCL 缓冲区、工作空间。填 0 即文档中的公式；实际服务约 1–3 GiB。',
    },
  },
  variant: {
    pre: {
      title: 'v0.6.0 之前',
      subtitle: '词嵌入和 lm_head 在每张 GPU 上各存一份完整副本',
    },
    post: {
      title: 'v0.6.0 及之后',
      subtitle: '所有层都切分到 P 张 GPU 上',
    },
  },
  segment: {
    weights: '切分的权重',
    vocab: '词表层',
    overhead: '运行时开销',
    kv: 'KV cache',
    headroom: '余量',
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
    descriptionOom:
      '{{title}}：{{P}} 张 GPU；权重和开销每张需要 {{need}} GiB，超过可用的 {{T}} GiB。',
    oomTitle: '显存不足',
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
    freed: '每张 GPU 省出',
    freedFormula: 'E × (P − 1) / P',
    extraKv: '每张 GPU 多出的 KV cache',
    extraKvFormula: 'λ × 省出',
    extraKvNoPre: '旧的布局根本放不下',
    duplicated: 'v0.6.0 之前整个 TP 组重复存放的',
    duplicatedFormula: '(P − 1) × E',
    formulaHeading: '每张 GPU 的 KV cache（代入当前数值）',
    doesNotFit: '放不下',
    usedHeading: '为什么占用几乎不随 P 变化',
    usedBody:
      '每张 GPU 最终占用 W + O + λ(T − O − W) = λT + (1 − λ)(W + O)。λ = {{lambda}} 时，无论 TP 并行度多少，都有 {{lambdaPercent}} 的显存被占用；只有剩下的 {{restPercent}} 随权重变化。',
    usedAtOne: 'P = 1 时每张 GPU 占用 {{used}} GiB。',
    usedAtOneOom: 'P = 1 时单张 GPU 放不下这个模型。',
    usedAtP: 'P = {{P}}（v0.6.0 及之后）时每张 GPU 占用 {{used}} GiB。',
  },
  error: {
    title: '此视图绘制失败',
    body: '输入仍可使用；修改任一输入即可重试。',
  },
};
