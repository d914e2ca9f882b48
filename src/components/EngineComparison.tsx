import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareEngines, type EngineRow } from '../inputs/engine-comparison';
import { lmdeployCommand, peerCommand } from '../inputs/launch-commands';
import { formatCount, formatGiB, formatPlain } from '../lib/format';
import { LMDEPLOY_VERSIONS, PEER_ENGINE_IDS, PEER_ENGINES } from '../model';
import { useScenarioStore } from '../state/scenario-store';
import { CommandBlock } from './CommandBlock';
import { InputControl } from './InputControl';

/** Loaded on demand: the same scenario under LMDeploy's two backends and four other engines. */
export default function EngineComparison() {
  const { t, i18n } = useTranslation();
  const scenario = useScenarioStore((state) => state.scenario);
  const rows = useMemo(() => compareEngines(scenario), [scenario]);
  const locale = i18n.language;
  const gib = (value: number) => `${formatGiB(value, locale)} GiB`;

  const describe = (row: EngineRow) => {
    if (row.kind === 'lmdeploy') {
      const { memory, version } = row;
      const ok = memory.fits && row.servable;
      return {
        id: version,
        name: t(`version.${version}.title`),
        knob: `--cache-max-entry-count ${formatPlain(scenario.inputs.lambda, locale)}`,
        weights: memory.weightsPerGpu,
        activations: null,
        kv: ok ? gib(memory.kvCachePerGpu) : t('compare.problem.weights'),
        tokens: ok ? formatCount(memory.tokens, locale) : '—',
        rule: t(`compare.rules.${version === 'tm150' ? 'tm150' : 'pt092'}`),
        source: LMDEPLOY_VERSIONS[version].source,
        command: lmdeployCommand(scenario, version),
      };
    }
    const { result } = row;
    const spec = PEER_ENGINES[result.engine];
    const note = result.knobIsDefault
      ? spec.defaultKnob === null
        ? t('compare.auto')
        : t('compare.default')
      : null;
    return {
      id: result.engine,
      name: spec.name,
      knob: `${spec.knob} ${formatPlain(result.knob, locale)}${note ? ` (${note})` : ''}`,
      weights: result.weightsPerGpu,
      activations: result.activations,
      kv: result.problem ? t(`compare.problem.${result.problem}`) : gib(result.kvCachePerGpu),
      tokens: result.problem ? '—' : formatCount(result.tokens, locale),
      rule: t(`compare.rules.${result.engine}`),
      source: spec.source,
      command: peerCommand(scenario, result.engine),
    };
  };
  const described = rows.map(describe);
  const cell = 'px-2 py-1 text-right font-mono tabular-nums whitespace-nowrap';

  return (
    <div className="mt-2 space-y-3" data-testid="engine-comparison">
      <p className="text-sm text-slate-600 dark:text-slate-300">{t('compare.intro')}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-xs sm:text-sm">
          <caption className="sr-only">{t('compare.heading')}</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-600">
              <th scope="col" className="px-2 py-1 text-left">
                {t('compare.engine')}
              </th>
              <th scope="col" className="px-2 py-1 text-left">
                {t('compare.knob')}
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                {t('compare.weights')}
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                {t('compare.activations')}
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                {t('compare.kv')}
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                {t('compare.tokens')}
              </th>
            </tr>
          </thead>
          <tbody>
            {described.map((row) => (
              <tr
                key={row.id}
                className="border-b border-slate-100 align-top dark:border-slate-800"
                data-testid={`compare-${row.id}`}
              >
                <th scope="row" className="px-2 py-1 text-left font-medium">
                  {row.name}
                  <p className="max-w-xs text-xs font-normal text-slate-600 dark:text-slate-400">
                    {row.rule} <code className="break-all">{row.source}</code>
                  </p>
                </th>
                <td className="px-2 py-1 font-mono text-xs">{row.knob}</td>
                <td className={cell}>{gib(row.weights)}</td>
                <td className={cell}>{row.activations === null ? '—' : gib(row.activations)}</td>
                <td className={cell} data-testid={`compare-${row.id}-kv`}>
                  {row.kv}
                </td>
                <td className={cell} data-testid={`compare-${row.id}-tokens`}>
                  {row.tokens}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="text-sm font-medium">{t('compare.knobs')}</legend>
        {PEER_ENGINE_IDS.map((engine) => (
          <InputControl key={engine} inputKey={engine} />
        ))}
      </fieldset>
      {described.map((row) => (
        <div key={row.id}>
          <p className="text-sm font-medium">{t('compare.commandFor', { engine: row.name })}</p>
          <CommandBlock lines={row.command} testId={`compare-${row.id}-command`} />
        </div>
      ))}
    </div>
  );
}
