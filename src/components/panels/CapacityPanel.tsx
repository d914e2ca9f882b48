import { useTranslation } from 'react-i18next';
import { VARIANTS, type Variant } from '../../model';
import { formatBytes, formatCount, formatPlain } from '../../lib/format';
import { useSettledView } from '../../state/views';
import { PlanFigures } from './PlanFigures';
import { TpFindings } from './TpFindings';
import { CARD_CLASS } from '../shared/controls';
import { LessonCallout } from '../page/LessonCallout';

type Row = 'bytesPerToken' | 'blockSize' | 'blocks' | 'tokens' | 'sessions' | 'longest';
const ROWS: readonly Row[] = [
  'bytesPerToken',
  'blockSize',
  'blocks',
  'tokens',
  'sessions',
  'longest',
];
const TEST_IDS: Partial<Record<Row, string>> = {
  tokens: 'tokens',
  sessions: 'sessions',
  blocks: 'blocks',
};

export function CapacityPanel() {
  const { t, i18n } = useTranslation();
  const view = useSettledView();
  const locale = i18n.language;
  const { layout, plans, comparison, model, inputs, versions, kvShape } = view;
  const count = (value: number) => formatCount(value, locale);

  const serving = (variant: Variant) => view.variants[variant].serving;
  const cell = (row: Row, variant: Variant): string => {
    const capacity = plans[variant].capacity;
    const served = (value: number) => (serving(variant) ? count(value) : '—');
    switch (row) {
      case 'bytesPerToken':
        return formatBytes(layout.bytesPerTokenPerGpu, locale);
      case 'blockSize':
        return comparison[variant].blockTokens > 1
          ? `${formatBytes(comparison[variant].blockBytes, locale)} (${String(comparison[variant].blockTokens)})`
          : '—';
      case 'blocks':
        return served(capacity.blocks);
      case 'tokens':
        return served(capacity.tokens);
      case 'sessions':
        return served(capacity.sessions);
      case 'longest':
        return served(capacity.longestSession);
    }
  };
  const change = (row: Row): string => {
    const difference = (pick: (variant: Variant) => number) => {
      if (!serving('pre') || !serving('post')) return '—';
      const value = pick('post') - pick('pre');
      return value === 0 ? '—' : `${value > 0 ? '+' : ''}${count(value)}`;
    };
    if (row === 'tokens') return difference((variant) => plans[variant].capacity.tokens);
    if (row === 'sessions') return difference((variant) => plans[variant].capacity.sessions);
    if (row === 'blocks') return difference((variant) => plans[variant].capacity.blocks);
    return '';
  };

  return (
    <section id="capacity" aria-labelledby="capacity-title" className={CARD_CLASS}>
      <LessonCallout targets={['capacity']} />
      <h2 id="capacity-title" className="text-lg font-semibold">
        {t('capacity.heading')}
      </h2>
      <p
        className="mt-1 text-sm text-slate-600 dark:text-slate-300"
        data-testid="capacity-architecture"
      >
        {kvShape.latentValues === null
          ? t('capacity.architecture', {
              name: model.name,
              layers: kvShape.layers,
              kvHeads: kvShape.kvHeads,
              headDim: kvShape.headDim,
              perGpu: formatPlain(layout.kvHeadsPerGpu, locale),
            })
          : t('capacity.architectureLatent', {
              name: model.name,
              layers: kvShape.layers,
              values: kvShape.latentValues,
            })}
      </p>
      <TpFindings />
      <div
        className="scroll-cue mt-3 overflow-x-auto"
        tabIndex={0}
        role="region"
        aria-label={t('capacity.tableLabel')}
      >
        <table className="w-full border-collapse text-xs sm:text-sm">
          <caption className="sr-only">{t('capacity.heading')}</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-600">
              <th scope="col" className="px-2 py-1 text-left">
                {t('capacity.metric')}
              </th>
              {VARIANTS.map((variant) => (
                <th key={variant} scope="col" className="px-2 py-1 text-right">
                  {t(`version.${versions[variant]}.title`)}
                </th>
              ))}
              <th scope="col" className="px-2 py-1 text-right">
                {t(view.pairKind === 'sharding' ? 'capacity.change' : 'capacity.changeGeneric')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {t(`capacity.${row}`, { len: count(inputs.len) })}
                </th>
                {VARIANTS.map((variant) => {
                  const testId = TEST_IDS[row];
                  return (
                    <td
                      key={variant}
                      className="px-2 py-1 text-right font-mono tabular-nums"
                      data-testid={testId ? `${variant}-${testId}` : undefined}
                    >
                      {comparison[variant].fits || row === 'bytesPerToken' || row === 'blockSize'
                        ? cell(row, variant)
                        : t('capacity.noFit')}
                    </td>
                  );
                })}
                <td className="px-2 py-1 text-right font-mono text-emerald-700 tabular-nums dark:text-emerald-400">
                  {change(row)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {view.truncatedTo !== null && (
        <p role="alert" className="mt-2 text-sm text-amber-800 dark:text-amber-300">
          {t('capacity.truncated', { tokens: count(view.truncatedTo), len: count(inputs.len) })}
        </p>
      )}
      {kvShape.slidingWindow && (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300" data-testid="sliding-note">
          {t('capacity.slidingWindow', {
            layers: kvShape.slidingWindow.layers,
            total: kvShape.layers,
            window: count(kvShape.slidingWindow.window),
          })}
        </p>
      )}
      {view.beyondContext !== null && (
        <p className="mt-2 text-sm text-amber-800 dark:text-amber-300">
          {t('capacity.contextNote', { name: model.name, max: count(view.beyondContext) })}
        </p>
      )}
      <PlanFigures />
    </section>
  );
}
