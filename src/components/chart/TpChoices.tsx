import { useTranslation } from 'react-i18next';
import type { TpAlternatives } from '../../results';
import { setInput } from '../../state/scenario-store';

/** The TP degrees a chart's version would serve, one click each. */
export function TpChoices({
  alternatives,
  title,
  testId,
}: {
  alternatives: TpAlternatives;
  /** The chart's version, so that each button's name says which chart it is for. */
  title: string;
  testId: string;
}) {
  const { t } = useTranslation();
  if (alternatives.degrees.length === 0) return null;
  return (
    <p className="mt-2 flex flex-wrap items-center gap-1.5" data-testid={testId}>
      <span>{t(alternatives.fit ? 'chart.validDegrees' : 'chart.acceptedDegrees')}</span>
      {alternatives.degrees.map((tpDegree) => (
        <button
          key={tpDegree}
          type="button"
          className="rounded border border-current px-2 py-0.5 font-mono text-xs font-semibold"
          aria-label={t('chart.useDegree', { P: tpDegree, title })}
          onClick={() => {
            setInput('P', tpDegree);
          }}
        >
          P = {tpDegree}
        </button>
      ))}
    </p>
  );
}
