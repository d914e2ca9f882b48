import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareEngines, type EngineRow } from '../inputs/engine-comparison';
import { lmdeployCommand, peerCommand } from '../inputs/launch-commands';
import { formatCount, formatGiB, formatPlain } from '../lib/format';
import { LMDEPLOY_VERSIONS, PEER_ENGINE_IDS, PEER_ENGINES } from '../model';
import { useSettledScenario } from '../state/derived';
import { CommandBlock } from './CommandBlock';
import { InputControl } from './InputControl';

/** Loaded on demand: the same scenario under LMDeploy's two backends and four other engines. */
export default function EngineComparison() {
  const { t, i18n } = useTranslation();
  const scenario = useSettledScenario();
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

  return (
    <div className="mt-2 space-y-3" data-testid="engine-comparison">
      <p className="text-sm text-slate-600 dark:text-slate-300">{t('compare.intro')}</p>
      <ul className="grid gap-3 sm:grid-cols-2 2xl:grid-cols-3" aria-label={t('compare.heading')}>
        {described.map((row) => (
          <li
            key={row.id}
            className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700"
            data-testid={`compare-${row.id}`}
            data-engine-row
          >
            <h3 className="font-semibold">{row.name}</h3>
            <p className="font-mono text-xs break-words text-slate-600 dark:text-slate-400">
              {row.knob}
            </p>
            <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1">
              {(
                [
                  ['compare.kv', row.kv, 'kv'],
                  ['compare.tokens', row.tokens, 'tokens'],
                  ['compare.weights', gib(row.weights), null],
                  [
                    'compare.activations',
                    row.activations === null ? '—' : gib(row.activations),
                    null,
                  ],
                ] as const
              ).map(([label, value, testId]) => (
                <div key={label}>
                  <dt className="text-xs text-slate-600 dark:text-slate-400">{t(label)}</dt>
                  <dd
                    className="font-mono font-semibold tabular-nums"
                    data-testid={testId ? `compare-${row.id}-${testId}` : undefined}
                  >
                    {value}
                  </dd>
                </div>
              ))}
            </dl>
            <p className="mt-2 text-xs">
              {row.rule}{' '}
              <code className="break-all text-slate-600 dark:text-slate-400">{row.source}</code>
            </p>
          </li>
        ))}
      </ul>
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
