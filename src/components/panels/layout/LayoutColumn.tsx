import { useTranslation } from 'react-i18next';
import { formatCount, formatGiB } from '../../../lib/format';
import type { LayoutProblem, Variant } from '../../../model';
import type { LayoutVariantView } from '../../../results/layout-view';
import { useSettledView } from '../../../state/views';
import { CommandBlock } from '../CommandBlock';
import { NodeBars } from './NodeBars';

const NOTICE_CLASS =
  'mt-2 rounded-md border border-red-500 bg-red-50 p-2 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100';

function ProblemText({ problem }: { problem: LayoutProblem }) {
  const { t } = useTranslation();
  switch (problem.kind) {
    case 'no-layout':
      return t(
        problem.legacyExpertSpelling ? 'layout.problem.legacyEp' : 'layout.problem.noLayout',
      );
    case 'ep-multi-node':
      return t('layout.problem.epMultiNode');
    case 'nodes-indivisible':
      return t('layout.problem.nodes', { devices: problem.devices });
    case 'dist-config':
      return t(`layout.problem.dist.${problem.rule}`, {
        world: problem.worldSize,
        value: problem.value,
      });
    case 'no-cp':
      return t('layout.problem.noCp');
    case 'experts-indivisible':
      return t('layout.problem.experts', { experts: problem.experts, ep: problem.ep });
    case 'too-many-gpus':
      return t('layout.problem.tooMany', { devices: problem.devices, limit: problem.limit });
  }
}

/** One chart's version under the layout: how it splits the model, what each GPU holds. */
export function LayoutColumn({ variant, view }: { variant: Variant; view: LayoutVariantView }) {
  const { t, i18n } = useTranslation();
  const { tp, inputs } = useSettledView();
  const locale = i18n.language;
  const gib = (value: number) => `${formatGiB(value, locale)} GiB`;
  const title = t(`version.${view.version}.title`);
  const { outcome } = view;
  const body = (() => {
    switch (outcome.kind) {
      case 'plain':
        return null;
      case 'unavailable':
        return <p className={NOTICE_CLASS}>{t('layout.unavailable')}</p>;
      case 'not-modelled':
        return <p className={NOTICE_CLASS}>{t('layout.notModelled', { since: outcome.since })}</p>;
      case 'refused':
        return (
          <p className={NOTICE_CLASS} role="alert" data-testid={`${variant}-layout-refused`}>
            <ProblemText problem={outcome.problem} />
          </p>
        );
      case 'laid-out':
        return null;
    }
  })();
  if (outcome.kind !== 'laid-out') {
    return (
      <section className="min-w-0" data-testid={`${variant}-layout`}>
        <h3 className="font-semibold">{title}</h3>
        {body}
      </section>
    );
  }
  const { layout, weights } = outcome;
  const [first] = view.replicas;
  const memory = first?.memory;
  const gpu = memory?.gpus[0]?.segments;
  const experts = weights.expertsPerGpu;
  const rows: [string, number][] = [
    ['layout.row.attention', weights.attention],
    ['layout.row.denseMlp', weights.denseMlp],
    ['layout.row.experts', weights.experts],
    ['layout.row.sharedExperts', weights.sharedExperts],
    ['layout.row.other', weights.other],
    ['layout.row.vocab', weights.vocab],
  ];
  if (gpu && gpu.vision > 0) rows.push(['segment.vision', gpu.vision]);
  if (gpu) {
    rows.push(['segment.overhead', gpu.overhead], ['segment.kv', gpu.kv]);
    rows.push(['segment.buffers', gpu.buffers], ['segment.headroom', gpu.headroom]);
  }
  return (
    <section className="min-w-0" data-testid={`${variant}-layout`}>
      <h3 className="font-semibold">{title}</h3>
      <ul
        className="mt-1 list-disc space-y-0.5 pl-5 text-sm"
        data-testid={`${variant}-layout-shape`}
      >
        <li>
          {t('layout.shape.gpus', {
            devices: layout.devices,
            nodes: layout.nodes,
            perNode: layout.gpusPerNode,
          })}
        </li>
        <li>
          {t('layout.shape.attention', {
            attnTp: layout.attnTp,
            replicas: layout.replicas,
            cp: layout.cp,
          })}
        </li>
        <li>{t('layout.shape.mlp', { mlpTp: layout.mlpTp })}</li>
        {experts > 0 && (
          <li>
            {t('layout.shape.experts', { experts, ep: layout.ep, expertTp: layout.expertTp })}
          </li>
        )}
        <li>
          {t(layout.vocabTp > 1 ? 'layout.shape.vocabSplit' : 'layout.shape.vocabWhole', {
            vocabTp: layout.vocabTp,
          })}
        </li>
      </ul>
      {memory && !memory.fits && (
        <p className={NOTICE_CLASS} role="alert" data-testid={`${variant}-layout-oom`}>
          {t('layout.oom', {
            weights: gib(weights.sharded + weights.vocab),
            total: gib(tp.gpuMemory),
          })}
        </p>
      )}
      <NodeBars
        gpus={view.replicas.flatMap((replica) => replica.memory.gpus)}
        gpusPerNode={layout.gpusPerNode}
        gpuMemory={tp.gpuMemory}
        testId={`${variant}-layout-bars`}
      />
      <table className="mt-2 w-full text-sm">
        <caption className="text-left text-xs text-slate-600 dark:text-slate-300">
          {t('layout.perGpu')}
        </caption>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label} className="border-t border-slate-200 dark:border-slate-700">
              <th scope="row" className="py-0.5 text-left font-normal">
                {t(label as 'segment.kv')}
              </th>
              <td
                className="text-right font-mono tabular-nums"
                data-testid={`${variant}-layout-${label.split('.').at(-1) ?? ''}`}
              >
                {formatGiB(value, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {view.sessions !== null && first && (
        <p className="mt-2 text-sm" data-testid={`${variant}-layout-sessions`}>
          {t('layout.sessions', {
            perReplica: formatCount(first.sessions, locale),
            replicas: layout.replicas,
            total: formatCount(view.sessions, locale),
            len: formatCount(inputs.len, locale),
            tokens: formatCount(view.tokens ?? 0, locale),
          })}
        </p>
      )}
      {view.command.length > 0 && (
        <CommandBlock
          lines={view.command}
          testId={`${variant}-layout-command`}
          label={t('layout.copy', { version: title })}
        />
      )}
    </section>
  );
}
