import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { stackPieces } from '../../lib/chart-scale';
import { formatGiB } from '../../lib/format';
import { SEGMENTS, VARIANTS } from '../../model';
import { useSettledView } from '../../state/views';
import { CARD_CLASS } from '../shared/controls';
import { LessonCallout } from '../page/LessonCallout';
import { HatchPattern } from '../chart/HatchPattern';
import { segmentFill } from '../chart/segment-style';

const PANEL_WIDTH = 96;
const PANEL_HEIGHT = 150;
const BAR_WIDTH = 28;
const TOP = 8;
const BOTTOM = 20;

/** Small multiples: the same per-GPU picture at P = 1, 2, 4, 8 and 16, on one scale. */
export function SweepView() {
  const { t, i18n } = useTranslation();
  const { sweep: columns, versions, variants, tp } = useSettledView();
  const hatchId = `sweep-hatch-${useId().replace(/:/g, '')}`;
  const scaleMax = Math.max(...columns.map((column) => column.height));
  const plot = PANEL_HEIGHT - TOP - BOTTOM;
  const y = (value: number) => (value / scaleMax) * plot;
  const gpuMemory = tp.gpuMemory;

  return (
    <section id="sweep" aria-labelledby="sweep-title" className={CARD_CLASS}>
      <LessonCallout targets={['sweep']} />
      <h2 id="sweep-title" className="text-lg font-semibold">
        {t('sweep.heading')}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {t('sweep.caption', {
          left: t(`version.${versions.pre}.title`),
          right: t(`version.${versions.post}.title`),
        })}
      </p>
      <div className="mt-2 flex flex-wrap gap-2" data-testid="sweep">
        {columns.map((column) => (
          <figure
            key={column.tpDegree}
            className="text-center text-xs"
            data-testid={`sweep-p${column.tpDegree}`}
          >
            <svg
              width={PANEL_WIDTH}
              height={PANEL_HEIGHT}
              role="img"
              aria-label={`P = ${column.tpDegree}: ${VARIANTS.map((variant) =>
                column.fits[variant]
                  ? `${t(`version.${versions[variant]}.title`)} ${t('sweep.kv', { value: formatGiB(column.segments[variant].kv, i18n.language) })} GiB`
                  : `${t(`version.${versions[variant]}.title`)} ${t('explain.doesNotFit')}`,
              ).join('; ')}`}
            >
              <defs>
                <HatchPattern id={hatchId} />
              </defs>
              {VARIANTS.map((variant, index) => (
                <g key={variant} opacity={column.servable ? 1 : 0.35}>
                  {stackPieces(
                    column.segments[variant],
                    SEGMENTS,
                    plot / scaleMax,
                    PANEL_HEIGHT - BOTTOM,
                  ).map((piece) => (
                    <rect
                      key={piece.key}
                      x={14 + index * (BAR_WIDTH + 12)}
                      y={piece.y}
                      width={BAR_WIDTH}
                      height={piece.height}
                      fill={segmentFill(piece.key, variants[variant].vocabReplicated, hatchId)}
                    />
                  ))}
                </g>
              ))}
              <line
                x1={6}
                x2={PANEL_WIDTH - 6}
                y1={PANEL_HEIGHT - BOTTOM - y(gpuMemory)}
                y2={PANEL_HEIGHT - BOTTOM - y(gpuMemory)}
                stroke="var(--gpu-limit)"
                strokeDasharray="3 2"
              />
              <text
                x={PANEL_WIDTH / 2}
                y={PANEL_HEIGHT - 5}
                textAnchor="middle"
                fontSize={12}
                fill="var(--chart-text)"
              >
                P = {column.tpDegree}
              </text>
            </svg>
            <figcaption className="font-mono tabular-nums">
              {column.servable
                ? VARIANTS.map((variant) =>
                    column.fits[variant]
                      ? formatGiB(column.segments[variant].kv, i18n.language)
                      : '—',
                  ).join(' / ')
                : t('sweep.invalid')}
            </figcaption>
          </figure>
        ))}
      </div>
    </section>
  );
}
