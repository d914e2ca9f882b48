import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../model';
import { useShallow } from 'zustand/react/shallow';
import { useDragView } from '../../state/views';
import { HatchPattern } from './HatchPattern';
import { SEGMENT_COLOR } from './segment-style';

function Swatch({ fill, children }: { fill: string; children?: React.ReactNode }) {
  return (
    <svg
      width="14"
      height="14"
      aria-hidden="true"
      className="shrink-0 rounded-sm ring-1 ring-slate-400/60"
    >
      {children}
      <rect width="14" height="14" fill={fill} />
    </svg>
  );
}

export function SegmentLegend() {
  const { t } = useTranslation();
  const hatchId = useId();
  const shownSegments = useDragView(useShallow((view) => view.shownSegments));
  const item = (segment: Segment) => (
    <li key={segment} className="flex items-center gap-1.5">
      <Swatch fill={SEGMENT_COLOR[segment]} />
      {t(`segment.${segment}`)}
    </li>
  );
  return (
    <ul
      className="flex flex-wrap gap-x-4 gap-y-1 text-sm"
      aria-label={t('chart.legend')}
      data-testid="legend"
    >
      {item('weights')}
      <li className="flex items-center gap-1.5">
        <Swatch fill={`url(#${hatchId})`}>
          <defs>
            <HatchPattern id={hatchId} />
          </defs>
        </Swatch>
        {t('segment.vocab')}: {t('chart.vocabReplicated')}
      </li>
      <li className="flex items-center gap-1.5">
        <Swatch fill={SEGMENT_COLOR.vocab} />
        {t('segment.vocab')}: {t('chart.vocabSharded', { P: 'P' })}
      </li>
      {shownSegments.filter((segment) => segment !== 'weights' && segment !== 'vocab').map(item)}
    </ul>
  );
}
