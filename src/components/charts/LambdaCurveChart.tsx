import { useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCount, formatPlain } from '../../lib/format';
import { VARIANTS } from '../../model';
import { lambdaCurve } from '../../results/lambda-curve';
import { SettledScenarioContext, useSettledView } from '../../state/views';
import { AXIS_TICK, GRID_STROKE, NO_ANIMATION, VARIANT_COLOR } from './chart-theme';

/**
 * Sessions of the chosen length against λ, for both charts: how much each hundredth of λ buys,
 * with the λ that would leave too little at run time shaded.
 */
export default function LambdaCurveChart() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const scenario = useContext(SettledScenarioContext);
  const { plans, versions, inputs } = useSettledView();
  const data = useMemo(() => (scenario ? lambdaCurve(scenario) : []), [scenario]);
  const titles = {
    pre: t(`version.${versions.pre}.title`),
    post: t(`version.${versions.post}.title`),
  };
  return (
    <figure className="mt-3" data-testid="lambda-curve">
      <figcaption className="text-sm font-semibold">
        {t('plan.curveHeading', { len: formatCount(inputs.len, locale) })}
      </figcaption>
      <div className="h-56 w-full" role="img" aria-label={t('plan.curveLabel')}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 20, left: 8 }}>
            <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" />
            <XAxis
              dataKey="lambda"
              type="number"
              domain={[0, 1]}
              ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]}
              tick={AXIS_TICK}
              tickFormatter={(value: number) => formatPlain(value, locale)}
              label={{
                value: 'λ',
                position: 'insideBottom',
                offset: -12,
                fill: 'var(--chart-text)',
              }}
            />
            <YAxis
              tick={AXIS_TICK}
              allowDecimals={false}
              width={48}
              tickFormatter={(value: number) => formatCount(value, locale)}
            />
            {VARIANTS.map((variant) => {
              const safe = plans[variant].safeRatio;
              return safe && safe.ratio < 0.99 ? (
                <ReferenceArea
                  key={variant}
                  x1={safe.ratio}
                  x2={1}
                  fill="var(--unsafe-band)"
                  fillOpacity={0.6}
                  ifOverflow="hidden"
                />
              ) : null;
            })}
            {inputs.lambda < 1 && (
              <ReferenceLine x={inputs.lambda} stroke="var(--chart-text)" strokeDasharray="4 2" />
            )}
            <Tooltip
              formatter={(value, name) => [
                typeof value === 'number' ? formatCount(value, locale) : '—',
                titles[name === 'pre' ? 'pre' : 'post'],
              ]}
              labelFormatter={(value) => `λ = ${formatPlain(Number(value), locale)}`}
            />
            <Legend
              position="top"
              height={28}
              itemSorter={null}
              formatter={(value: string) => titles[value === 'pre' ? 'pre' : 'post']}
            />
            {VARIANTS.map((variant) => (
              <Line
                key={variant}
                dataKey={variant}
                name={variant}
                stroke={VARIANT_COLOR[variant]}
                strokeWidth={2}
                dot={false}
                connectNulls={false}
                {...NO_ANIMATION}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-300">{t('plan.curveNote')}</p>
    </figure>
  );
}
